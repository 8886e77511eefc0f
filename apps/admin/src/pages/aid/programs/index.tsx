import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { AID_PROGRAM_ADMIN_ROLES, type AidProgramResponse } from '@steadywork/shared';
import { Button, Progress, Select, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useHasRole } from '../../../access/auth-context';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { formatYuan } from '../../../utils/money';
import { aidTypeLabel, currentYear, yearOptions } from '../labels';
import { exportPrograms, listPrograms } from '../service';
import { ProgramFormModal } from './components/ProgramFormModal';
import { ProgramStatsDrawer, percentOf } from './components/ProgramStatsDrawer';

/** 项目年度: each year's programmes (one per aid type) with their amount, quota, split and window. */
export default function ProgramsPage() {
  const actionRef = useRef<ActionType>();
  const canEdit = useHasRole(...AID_PROGRAM_ADMIN_ROLES);
  const [year, setYear] = useState(currentYear);
  const [editing, setEditing] = useState<AidProgramResponse | 'new' | null>(null);
  const [viewing, setViewing] = useState<AidProgramResponse | null>(null);

  const columns: ProColumns<AidProgramResponse>[] = [
    { title: t('aid.year'), dataIndex: 'year', width: 70 },
    {
      title: t('aid.aidType'),
      dataIndex: 'aidType',
      width: 120,
      render: (_, p) => aidTypeLabel(p.aidType),
    },
    { title: t('aid.programName'), dataIndex: 'name', ellipsis: true },
    {
      title: t('aid.amount'),
      dataIndex: 'amountFen',
      width: 120,
      align: 'right',
      render: (_, p) => formatYuan(p.amountFen),
    },
    {
      title: t('aid.awarded'),
      dataIndex: 'awarded',
      width: 180,
      render: (_, p) => (
        <Progress
          aria-label={t('aid.awarded')}
          size="small"
          percent={percentOf(p.awarded, p.quota)}
          format={() => t('aid.quotaOf', { awarded: p.awarded, quota: p.quota })}
        />
      ),
    },
    {
      title: t('aid.regionQuotas'),
      dataIndex: 'regionQuotas',
      width: 100,
      render: (_, p) => (p.regionQuotas?.length ? t('common.yes') : t('aid.statsNotSplit')),
    },
    {
      title: t('aid.window'),
      dataIndex: 'applyFrom',
      width: 250,
      render: (_, p) => (
        <Space size={4}>
          {t('aid.windowValue', { from: p.applyFrom, until: p.applyUntil })}
          <Tag color={p.open ? 'green' : 'default'}>{t(p.open ? 'aid.open' : 'aid.closed')}</Tag>
        </Space>
      ),
    },
    {
      title: t('aid.outcomeTarget'),
      dataIndex: 'outcomeTarget',
      width: 120,
      align: 'right',
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, p) => [
        <a key="stats" onClick={() => setViewing(p)}>
          {t('aid.programStats')}
        </a>,
        ...(canEdit
          ? [
              <a key="edit" onClick={() => setEditing(p)}>
                {t('aid.programEdit')}
              </a>,
            ]
          : []),
      ],
    },
  ];

  return (
    <>
      <ListPage<AidProgramResponse, { year: number }>
        headerTitle={t('aid.programsTitle')}
        actionRef={actionRef}
        columns={columns}
        search={false}
        pagination={false}
        params={{ year }}
        emptyText={t('aid.noPrograms', { year })}
        actions={[
          <Select<number>
            key="year"
            id="program_year_filter"
            aria-label={t('aid.year')}
            value={year}
            options={yearOptions()}
            onChange={setYear}
            style={{ width: 110 }}
          />,
          ...(canEdit
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  {t('aid.programCreate')}
                </Button>,
              ]
            : []),
        ]}
        filters={(params) => ({ year: Number(params.year) })}
        load={(query) => listPrograms(query.year)}
        exportFile={{ fileName: t('aid.programsExportFileName'), load: () => exportPrograms(year) }}
      />
      {editing && (
        <ProgramFormModal
          program={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            if (saved.year !== year) setYear(saved.year);
            else void actionRef.current?.reload();
          }}
        />
      )}
      {viewing && <ProgramStatsDrawer program={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
