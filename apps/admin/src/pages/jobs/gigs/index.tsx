import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { GIG_JOB_STATUS_LABELS, GigJobStatus, GigPayKind, type GigJobResponse } from '@steadywork/shared';
import { App, Button, Popconfirm, Tag } from 'antd';
import { useRef, useState } from 'react';
import { CellLines, ListPage, regionOf, useRegionFilter } from '../../../components/kit';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import { yuanOfFen } from '../../../utils/money';
import { valueEnumOf } from '../../../utils/options';
import { closeGig, exportGigs, listGigs, type GigFilters } from '../gig-service';
import { GigFormModal } from './GigFormModal';
import { GigMatchesModal } from './GigMatchesModal';

export const payText = (g: GigJobResponse) =>
  g.payKind === GigPayKind.DAY
    ? t('jobsGig.payPerDay', { yuan: yuanOfFen(g.payFen) })
    : t('jobsGig.payPerPiece', { yuan: yuanOfFen(g.payFen), unit: g.pieceUnit ?? t('jobsGig.pieceUnitDefault') });

const STATUS_COLORS: Record<GigJobStatus, string> = {
  [GigJobStatus.OPEN]: 'green',
  [GigJobStatus.CLOSED]: 'default',
  [GigJobStatus.EXPIRED]: 'default',
};

/** 零工 (HR their company's, staff their region's): post a gig, see the workers near it, close it. */
export default function GigsPage() {
  const actionRef = useRef<ActionType>();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [matching, setMatching] = useState<GigJobResponse | null>(null);
  const region = useRegionFilter<GigJobResponse>(t('jobsGig.region'));

  const filtersOf = (params: TableParams): GigFilters => ({
    status: (params.status as GigJobStatus | undefined) || undefined,
    keyword: text(params.keyword),
    regionCode: regionOf(params.region),
  });

  const close = async (g: GigJobResponse) => {
    try {
      await closeGig(g.id);
      void message.success(t('jobsGig.closed'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    void actionRef.current?.reload();
  };

  const columns: ProColumns<GigJobResponse>[] = [
    { title: t('jobsGig.keyword'), dataIndex: 'keyword', hideInTable: true },
    region,
    {
      title: t('jobsGig.status'),
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: valueEnumOf(GIG_JOB_STATUS_LABELS),
      width: 90,
      render: (_, g) => <Tag color={STATUS_COLORS[g.status]}>{GIG_JOB_STATUS_LABELS[g.status]}</Tag>,
    },
    {
      title: t('jobsGig.gigTitle'),
      dataIndex: 'title',
      search: false,
      width: 200,
      render: (_, g) => <CellLines main={g.title} sub={g.kinds.join('、')} />,
    },
    {
      title: t('jobsGig.period'),
      dataIndex: 'startsOn',
      search: false,
      width: 150,
      render: (_, g) => t('jobsGig.periodText', { start: g.startsOn, days: g.days }),
    },
    { title: t('jobsGig.pay'), dataIndex: 'payFen', search: false, width: 120, render: (_, g) => payText(g) },
    { title: t('jobsGig.headcount'), dataIndex: 'headcount', search: false, width: 80 },
    {
      title: t('jobsGig.address'),
      dataIndex: 'address',
      search: false,
      width: 220,
      render: (_, g) => <CellLines main={g.address} sub={g.regionName} />,
    },
    { title: t('jobsGig.postedBy'), dataIndex: 'postedBy', search: false, width: 160, ellipsis: true },
    {
      title: t('jobsGig.createdAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 150,
      render: (_, g) => formatTime(g.createdAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, g) =>
        [
          <a key="matches" onClick={() => setMatching(g)}>
            {t('jobsGig.matches')}
          </a>,
          g.status === GigJobStatus.OPEN && (
            <Popconfirm key="close" title={t('jobsGig.closeConfirm')} onConfirm={() => close(g)}>
              <a>{t('jobsGig.close')}</a>
            </Popconfirm>
          ),
        ].filter(Boolean),
    },
  ];

  return (
    <>
      <ListPage<GigJobResponse, GigFilters>
        headerTitle={t('jobsGig.gigsTitle')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listGigs}
        exportFile={{ fileName: t('jobsGig.gigsExportFileName'), load: exportGigs }}
        actions={[
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('jobsGig.gigCreate')}
          </Button>,
        ]}
      />
      {creating && (
        <GigFormModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void actionRef.current?.reload();
          }}
        />
      )}
      {matching && <GigMatchesModal gig={matching} onClose={() => setMatching(null)} />}
    </>
  );
}
