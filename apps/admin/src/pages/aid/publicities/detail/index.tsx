import { ArrowLeftOutlined } from '@ant-design/icons';
import { AID_FINAL_REVIEW_ROLES, type PublicityEntry } from '@steadywork/shared';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { DetailPage, useRecord } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatTime } from '../../../../services/time';
import { formatYuan } from '../../../../utils/money';
import { AidStatusTag, aidTypeLabel } from '../../labels';
import { closePublicity, exportPublicity, getPublicity } from '../../service';
import { PublicityStateTag } from '../labels';
import { ExportButton } from '../../../../components/ExportButton';
import { WeekdayFallbackNote } from '../../../../components/WeekdayFallbackNote';

const columns: TableColumnsType<PublicityEntry> = [
  {
    title: t('aid.workerName'),
    dataIndex: 'name',
    width: 100,
    render: (name: string, e) => <Link to={`/aid/applications/${e.applicationId}`}>{name}</Link>,
  },
  { title: t('aid.idNumber'), dataIndex: 'idNumberMasked', width: 180 },
  { title: t('aid.region'), dataIndex: 'regionName', ellipsis: true },
  { title: t('aid.aidType'), dataIndex: 'aidType', width: 120, render: (_, e) => aidTypeLabel(e.aidType) },
  {
    title: t('aid.amount'),
    dataIndex: 'amountFen',
    width: 130,
    align: 'right',
    render: (fen: number) => formatYuan(fen),
  },
  { title: t('aid.status'), dataIndex: 'status', width: 130, render: (_, e) => <AidStatusTag status={e.status} /> },
];

/** One publicity list: the names (IDs masked), its export for printing, and its end. */
export default function PublicityDetailPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const { message } = App.useApp();
  const canManage = useHasRole(...AID_FINAL_REVIEW_ROLES);
  const record = useRecord(id, getPublicity);

  return (
    <DetailPage
      record={record}
      notFound={t('aid.publicityNotFound')}
      back={{ to: '/aid/publicities', label: t('aid.backToPublicities') }}
    >
      {(publicity) => {
        const close = async () => {
          try {
            const closed = await closePublicity(publicity.id);
            void message.success(t('aid.publicityClosedDone'));
            record.show(closed);
          } catch (e) {
            // The request layer has shown why (not yet ended, an objection pending).
            if (!(e instanceof ApiError)) throw e;
          }
        };

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="publicity-detail">
            <Link to="/aid/publicities">
              <ArrowLeftOutlined /> {t('aid.backToPublicities')}
            </Link>
            <Card
              title={
                <Space>
                  {publicity.programName}
                  <PublicityStateTag publicity={publicity} />
                </Space>
              }
              extra={
                <Space>
                  <ExportButton
                    fileName={t('aid.publicityExportFileName')}
                    load={() => exportPublicity(publicity.id)}
                  />
                  {canManage && !publicity.closedAt && (
                    <Popconfirm title={t('aid.publicityCloseConfirm')} onConfirm={close}>
                      <Button type="primary">{t('aid.publicityClose')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              }
            >
              <Descriptions column={{ xs: 1, md: 3 }} size="small">
                <Descriptions.Item label={t('aid.year')}>{publicity.year}</Descriptions.Item>
                <Descriptions.Item label={t('aid.aidType')}>{aidTypeLabel(publicity.aidType)}</Descriptions.Item>
                <Descriptions.Item label={t('aid.publicityPeriod')}>
                  {t('aid.windowValue', {
                    from: formatTime(publicity.startsAt, 'YYYY-MM-DD'),
                    until: formatTime(publicity.endsAt, 'YYYY-MM-DD'),
                  })}{' '}
                  <WeekdayFallbackNote years={publicity.weekdayFallbackYears} />
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={`${t('aid.entries')}（${publicity.entries.length}）`}>
              <Table<PublicityEntry>
                rowKey="applicationId"
                size="small"
                columns={columns}
                dataSource={publicity.entries}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="publicity-entries"
              />
            </Card>
          </Space>
        );
      }}
    </DetailPage>
  );
}
