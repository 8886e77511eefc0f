import { ArrowLeftOutlined, CheckOutlined, FileAddOutlined, FlagOutlined } from '@ant-design/icons';
import {
  CENTER_SERVICE_LABELS,
  DISPUTE_TYPE_LABELS,
  Role,
  SERVICE_OUTCOME_LABELS,
  ServiceRequestStatus,
  type ServiceRecordResponse,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Rate,
  Row,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { AttachmentLink } from '../../../../components/Attachments';
import { WeekdayFallbackNote } from '../../../../components/WeekdayFallbackNote';
import { DetailPage, useRecord } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatTime } from '../../../../services/time';
import { RequestStatusTag } from '../../labels';
import { acceptServiceRequest, getServiceRequest } from '../../service';
import { CloseRequestModal } from '../components/CloseRequestModal';
import { ServiceRecordModal } from '../components/ServiceRecordModal';

type Dialog = 'record' | 'close';

const dash = (value: string | null | undefined) => value || t('common.empty');

const recordColumns: TableColumnsType<ServiceRecordResponse> = [
  { title: t('centers.servedOn'), dataIndex: 'servedOn', width: 110 },
  {
    title: t('centers.serviceType'),
    dataIndex: 'serviceType',
    width: 100,
    render: (_, r) => CENTER_SERVICE_LABELS[r.serviceType],
  },
  {
    title: t('centers.recordNotes'),
    dataIndex: 'notes',
    render: (notes: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{notes}</span>,
  },
  { title: t('centers.recordResult'), dataIndex: 'result', width: 200, render: (r?: string) => dash(r) },
  { title: t('centers.staffName'), dataIndex: 'staffName', width: 100 },
  { title: t('centers.recordedAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatTime(at) },
];

/** One service request: what the worker asked for, what the center did, and the staff's next step. */
export default function ServiceRequestPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const { message } = App.useApp();
  const isStaff = useHasRole(Role.CENTER_STAFF);
  const record = useRecord(id, getServiceRequest);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [accepting, setAccepting] = useState(false);

  return (
    <DetailPage
      record={record}
      notFound={t('centers.requestNotFound')}
      back={{ to: '/service-requests', label: t('centers.backToRequests') }}
    >
      {(request) => {
        const show = (next: ServiceRequestResponse) => record.show(next);

        const accept = async () => {
          setAccepting(true);
          try {
            show(await acceptServiceRequest(request.id));
            void message.success(t('centers.accepted'));
          } catch (e) {
            if (!(e instanceof ApiError)) throw e;
            // Someone else may have accepted it, or the worker cancelled: the request layer said so; show what it is now.
            if (e.statusCode === 409) void record.reload();
          } finally {
            setAccepting(false);
          }
        };

        const pending = request.status === ServiceRequestStatus.PENDING;
        const serving = request.status === ServiceRequestStatus.ACCEPTED;
        const buttons = isStaff
          ? [
              pending && (
                <Button
                  key="accept"
                  type="primary"
                  icon={<CheckOutlined />}
                  loading={accepting}
                  onClick={() => void accept()}
                  data-testid="request-accept"
                >
                  {t('centers.accept')}
                </Button>
              ),
              serving && (
                <Button
                  key="record"
                  icon={<FileAddOutlined />}
                  onClick={() => setDialog('record')}
                  data-testid="request-add-record"
                >
                  {t('centers.recordCreate')}
                </Button>
              ),
              serving && (
                <Button
                  key="close"
                  type="primary"
                  icon={<FlagOutlined />}
                  onClick={() => setDialog('close')}
                  data-testid="request-close"
                >
                  {t('centers.close')}
                </Button>
              ),
            ].filter(Boolean)
          : [];

        const saved = (next: ServiceRequestResponse) => {
          setDialog(null);
          show(next);
        };

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="request-page">
            <Link to="/service-requests">
              <ArrowLeftOutlined /> {t('centers.backToRequests')}
            </Link>

            <Card
              title={
                <Space wrap>
                  <span data-testid="request-worker">{request.workerName}</span>
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {request.workerPhone}
                  </Typography.Text>
                  <RequestStatusTag status={request.status} overdue={request.overdue} />
                </Space>
              }
              extra={buttons.length > 0 && <Space wrap>{buttons}</Space>}
            >
              {pending && (
                <Typography.Paragraph type={request.overdue ? 'danger' : 'secondary'} data-testid="accept-due">
                  {t('centers.acceptHint', { due: formatTime(request.acceptDueAt) })}
                </Typography.Paragraph>
              )}
              <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="request-info">
                <Descriptions.Item label={t('centers.center')}>
                  <Link to={`/centers/${request.centerId}`}>{request.centerName}</Link>
                </Descriptions.Item>
                <Descriptions.Item label={t('centers.serviceType')}>
                  {CENTER_SERVICE_LABELS[request.serviceType]}
                </Descriptions.Item>
                <Descriptions.Item label={t('centers.disputeType')}>
                  {request.disputeType ? DISPUTE_TYPE_LABELS[request.disputeType] : t('common.empty')}
                </Descriptions.Item>
                <Descriptions.Item label={t('centers.requestDescription')} span={3}>
                  <span style={{ whiteSpace: 'pre-wrap' }} data-testid="request-description">
                    {request.description}
                  </span>
                </Descriptions.Item>
                <Descriptions.Item label={t('centers.preferredTime')}>
                  {formatTime(request.preferredTime)}
                </Descriptions.Item>
                <Descriptions.Item label={t('centers.createdAt')}>{formatTime(request.createdAt)}</Descriptions.Item>
                <Descriptions.Item label={t('centers.acceptDueAt')}>
                  {formatTime(request.acceptDueAt)} <WeekdayFallbackNote years={request.acceptDueFallbackYears} />
                </Descriptions.Item>
                <Descriptions.Item label={t('centers.attachments')} span={3}>
                  {request.attachments.length ? (
                    <Space wrap data-testid="request-attachments">
                      {request.attachments.map((file) => (
                        <AttachmentLink key={file.id} file={file} />
                      ))}
                    </Space>
                  ) : (
                    t('centers.noAttachments')
                  )}
                </Descriptions.Item>
                {request.acceptedAt && (
                  <Descriptions.Item label={t('centers.acceptedAt')}>
                    {formatTime(request.acceptedAt)}
                  </Descriptions.Item>
                )}
                {request.acceptedBy && (
                  <Descriptions.Item label={t('centers.acceptedBy')}>{request.acceptedBy}</Descriptions.Item>
                )}
              </Descriptions>
            </Card>

            {request.status === ServiceRequestStatus.CLOSED && (
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={14}>
                  <Card title={t('centers.outcome')} size="small" data-testid="request-outcome">
                    <Descriptions column={1} size="small">
                      <Descriptions.Item label={t('centers.outcome')}>
                        {request.outcome ? SERVICE_OUTCOME_LABELS[request.outcome] : t('common.empty')}
                      </Descriptions.Item>
                      <Descriptions.Item label={t('centers.summary')}>{dash(request.summary)}</Descriptions.Item>
                      <Descriptions.Item label={t('centers.closedAt')}>
                        {formatTime(request.closedAt)}
                      </Descriptions.Item>
                    </Descriptions>
                  </Card>
                </Col>
                <Col xs={24} xl={10}>
                  <Card title={t('centers.rating')} size="small" data-testid="request-rating">
                    {request.rating === null ? (
                      <Typography.Text type="secondary">{t('centers.noRating')}</Typography.Text>
                    ) : (
                      <Space direction="vertical" size={4}>
                        <Space>
                          <Rate disabled value={request.rating} />
                          <span data-testid="request-rating-value">{request.rating}</span>
                        </Space>
                        {request.ratingComment && (
                          <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="request-rating-comment">
                            {request.ratingComment}
                          </Typography.Paragraph>
                        )}
                      </Space>
                    )}
                  </Card>
                </Col>
              </Row>
            )}

            <Card title={t('centers.records')} size="small" data-testid="request-records">
              <Table<ServiceRecordResponse>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={request.records}
                columns={recordColumns}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('centers.noRecords')} />,
                }}
              />
            </Card>

            {dialog === 'record' && (
              <ServiceRecordModal request={request} onClose={() => setDialog(null)} onSaved={saved} />
            )}
            {dialog === 'close' && (
              <CloseRequestModal request={request} onClose={() => setDialog(null)} onSaved={saved} />
            )}
          </Space>
        );
      }}
    </DetailPage>
  );
}
