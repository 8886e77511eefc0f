import type { ProColumns } from '@ant-design/pro-components';
import {
  CENTER_ADMIN_ROLES,
  CENTER_KIND_LABELS,
  type CenterKind,
  type CenterResponse,
  type CenterService,
} from '@steadywork/shared';
import { Link } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { ListPage, regionOf, useRegionFilter, useListEditor } from '../../../components/kit';
import { t } from '../../../locales';
import { text, type TableParams } from '../../../services/table';
import { valueEnumOf } from '../../../utils/options';
import { CenterFormModal } from '../components/CenterFormModal';
import { ServiceTags, Stars, levelLabel, ratingLabel, serviceOptions } from '../labels';
import { exportCenters, listCenters, type CenterFilters } from '../service';

/** The search form's values as the API's filters. */
function filtersOf(params: TableParams): CenterFilters {
  return {
    kind: (params.kind as CenterKind | undefined) || undefined,
    service: (params.service as CenterService | undefined) || undefined,
    regionCode: regionOf(params.region),
    keyword: text(params.keyword),
  };
}

/** 中心名录: the registry of support centers and outdoor workers' stations in the user's scope. */
export default function CenterListPage() {
  const region = useRegionFilter<CenterResponse>(t('centers.region'));
  const canEdit = useHasRole(...CENTER_ADMIN_ROLES);
  const editor = useListEditor<CenterResponse>();

  const columns: ProColumns<CenterResponse>[] = [
    {
      title: t('centers.keyword'),
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: t('centers.keywordPlaceholder'), allowClear: true },
    },
    {
      title: t('centers.kind'),
      dataIndex: 'kind',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(CENTER_KIND_LABELS),
    },
    {
      title: t('centers.services'),
      dataIndex: 'service',
      hideInTable: true,
      valueType: 'select',
      fieldProps: { options: serviceOptions, allowClear: true },
    },
    region,
    {
      title: t('centers.name'),
      dataIndex: 'name',
      search: false,
      width: 200,
      ellipsis: true,
      render: (_, c) => <Link to={`/centers/${c.id}`}>{c.name}</Link>,
    },
    {
      title: t('centers.kind'),
      dataIndex: 'kindLabel',
      search: false,
      width: 150,
      render: (_, c) => CENTER_KIND_LABELS[c.kind],
    },
    { title: t('centers.region'), dataIndex: 'regionName', search: false, width: 150, ellipsis: true },
    { title: t('centers.level'), dataIndex: 'level', search: false, width: 80, render: (_, c) => levelLabel(c.level) },
    {
      title: t('centers.stars'),
      dataIndex: 'stars',
      search: false,
      width: 110,
      render: (_, c) => <Stars stars={c.stars} />,
    },
    {
      title: t('centers.averageRating'),
      dataIndex: 'averageRating',
      search: false,
      width: 90,
      align: 'right',
      render: (_, c) => ratingLabel(c.averageRating),
    },
    {
      title: t('centers.services'),
      dataIndex: 'services',
      search: false,
      render: (_, c) => <ServiceTags services={c.services} />,
    },
    { title: t('centers.phone'), dataIndex: 'phone', search: false, width: 140 },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, c) => [
        <Link key="view" to={`/centers/${c.id}`}>
          {t('centers.view')}
        </Link>,
        ...(canEdit
          ? [
              <a key="edit" onClick={() => editor.edit(c)}>
                {t('centers.edit')}
              </a>,
            ]
          : []),
      ],
    },
  ];

  return (
    <>
      <ListPage<CenterResponse, CenterFilters>
        headerTitle={t('centers.listTitle')}
        actionRef={editor.actionRef}
        columns={columns}
        filters={filtersOf}
        load={listCenters}
        exportFile={{ fileName: t('centers.exportFileName'), load: exportCenters }}
        actions={canEdit ? [editor.createButton(t('centers.create'))] : []}
      />
      {editor.open && <CenterFormModal center={editor.record} onClose={editor.close} onSaved={editor.saved} />}
    </>
  );
}
