import {
  AID_STATUS_LABELS,
  AidApplicationStatus,
  type AidProgramResponse,
  type AidProgramStats,
} from '@steadywork/shared';
import { Card, Col, Descriptions, Drawer, Progress, Result, Row, Spin, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatYuan } from '../../../../utils/money';
import { programStats } from '../../service';

type Region = AidProgramStats['byRegion'][number];

interface Props {
  program: AidProgramResponse;
  onClose(): void;
}

export const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;

/** A programme's figures: places taken against the quota, per city, and the money paid. */
export function ProgramStatsDrawer({ program, onClose }: Props) {
  const [stats, setStats] = useState<AidProgramStats | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    programStats(program.id).then(
      (s) => live && setStats(s),
      (e: unknown) => {
        if (!(e instanceof ApiError)) throw e;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [program.id]);

  const p = stats?.program ?? program;

  return (
    <Drawer open width={720} title={t('aid.statsTitle', { name: program.name })} onClose={onClose}>
      {failed ? (
        <Result status="error" title={t('errors.unknown')} />
      ) : !stats ? (
        <Spin style={{ display: 'block', margin: '64px auto' }} />
      ) : (
        <div data-testid="program-stats">
          <Card size="small" title={t('aid.statsQuota')} style={{ marginBottom: 16 }}>
            <Progress
              aria-label={t('aid.statsQuota')}
              percent={percentOf(p.awarded, p.quota)}
              format={() => t('aid.quotaOf', { awarded: p.awarded, quota: p.quota })}
            />
          </Card>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}>
              <Statistic title={t('aid.paidCount')} value={stats.paidCount} />
            </Col>
            <Col span={6}>
              <Statistic title={t('aid.paidAmount')} value={formatYuan(stats.paidFen)} />
            </Col>
            <Col span={6}>
              <Statistic title={t('aid.awaitingCount')} value={stats.awaitingPaymentCount} />
            </Col>
            <Col span={6}>
              <Statistic title={t('aid.awaitingAmount')} value={formatYuan(stats.awaitingPaymentFen)} />
            </Col>
          </Row>
          <Card size="small" title={t('aid.statsByStatus')} style={{ marginBottom: 16 }}>
            <Descriptions column={3} size="small">
              {Object.values(AidApplicationStatus)
                .filter((status) => stats.byStatus[status])
                .map((status) => (
                  <Descriptions.Item key={status} label={AID_STATUS_LABELS[status]}>
                    {stats.byStatus[status]}
                  </Descriptions.Item>
                ))}
            </Descriptions>
          </Card>
          <Card size="small" title={t('aid.statsByRegion')}>
            <Table<Region>
              size="small"
              rowKey="regionCode"
              pagination={false}
              dataSource={stats.byRegion}
              data-testid="stats-by-region"
              columns={[
                { title: t('home.aidRegion'), dataIndex: 'regionName' },
                {
                  title: t('aid.statsRegionQuota'),
                  dataIndex: 'quota',
                  align: 'right',
                  render: (quota: number | null) => quota ?? t('aid.statsNotSplit'),
                },
                { title: t('aid.awarded'), dataIndex: 'awarded', align: 'right' },
                { title: t('aid.paidCount'), dataIndex: 'paidCount', align: 'right' },
                {
                  title: t('aid.paidAmount'),
                  dataIndex: 'paidFen',
                  align: 'right',
                  render: (fen: number) => formatYuan(fen),
                },
              ]}
            />
          </Card>
        </div>
      )}
    </Drawer>
  );
}
