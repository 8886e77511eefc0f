import type { ProColumns } from '@ant-design/pro-components';
import { EMPLOYER_SIZE_LABELS, type EmployerResponse } from '@steadywork/shared';
import { ListPage, regionOf, useRegionFilter, useListEditor } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { EmployerFormModal } from '../components/EmployerFormModal';
import { exportEmployers, listEmployers, type EmployerFilters } from '../service';

function filtersOf(params: TableParams): EmployerFilters {
  return { regionCode: regionOf(params.region), keyword: text(params.keyword) };
}

/** 企业名录: the employers of the staff member's scope; staff register and edit them. */
export default function EmployerListPage() {
  const region = useRegionFilter<EmployerResponse>(t('jobs.region'));
  const editor = useListEditor<EmployerResponse>();

  const columns: ProColumns<EmployerResponse>[] = [
    {
      title: t('jobs.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('jobs.employerKeywordPlaceholder'), allowClear: true },
    },
    region,
    { title: t('jobs.employerName'), dataIndex: 'name', search: false, width: 220, ellipsis: true },
    { title: t('jobs.creditCode'), dataIndex: 'creditCode', search: false, width: 190 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 110 },
    { title: t('jobs.industry'), dataIndex: 'industry', search: false, width: 120 },
    {
      title: t('jobs.size'),
      dataIndex: 'size',
      search: false,
      width: 80,
      render: (_, e) => EMPLOYER_SIZE_LABELS[e.size],
    },
    { title: t('jobs.hrAccounts'), dataIndex: 'hrAccounts', search: false, width: 80, align: 'right' },
    { title: t('jobs.openPostings'), dataIndex: 'openPostings', search: false, width: 90, align: 'right' },
    { title: t('jobs.contactPhone'), dataIndex: 'contactPhone', search: false, width: 140 },
    {
      title: t('jobEvents.partnerUnion'),
      dataIndex: 'partnerUnionName',
      search: false,
      width: 130,
      render: (_, e) => e.partnerUnionName ?? t('common.empty'),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, e) => [
        <a key="edit" onClick={() => editor.edit(e)}>
          {t('jobs.edit')}
        </a>,
      ],
    },
  ];

  return (
    <>
      <ListPage<EmployerResponse, EmployerFilters>
        headerTitle={t('jobs.employersTitle')}
        actionRef={editor.actionRef}
        columns={columns}
        filters={filtersOf}
        load={listEmployers}
        exportFile={{ fileName: t('jobs.employersExportFileName'), load: exportEmployers }}
        actions={[editor.createButton(t('jobs.employerCreate'))]}
      />
      {editor.open && <EmployerFormModal employer={editor.record} onClose={editor.close} onSaved={editor.saved} />}
    </>
  );
}
