import { PaperClipOutlined } from '@ant-design/icons';
import type { AidApplicationResponse, AidProgramResponse, MaterialItem } from '@steadywork/shared';
import { Alert, Descriptions, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { AttachmentLink } from '../../../../components/Attachments';
import { t } from '../../../../locales';
import { formatFileSize } from '../../../../services/files';
import { formatTime } from '../../../../services/time';
import { formatYuan } from '../../../../utils/money';
import { AidStatusTag, aidTypeLabel } from '../../labels';

interface Props {
  application: AidApplicationResponse;
  /** The programme, when loaded: it names the kinds of attachment. */
  program: AidProgramResponse | null;
}

const dash = (value: string | null | undefined) => value || t('common.empty');

type Row = MaterialItem & { key: number };

const itemColumns: TableColumnsType<Row> = [
  { title: t('aid.itemName'), dataIndex: 'name' },
  { title: t('aid.itemQuantity'), dataIndex: 'quantity', align: 'right', width: 80 },
  {
    title: t('aid.itemUnitPrice'),
    dataIndex: 'unitPriceFen',
    align: 'right',
    width: 130,
    render: (fen: number) => formatYuan(fen),
  },
  {
    title: t('aid.itemSubtotal'),
    key: 'subtotal',
    align: 'right',
    width: 140,
    render: (_, item) => formatYuan(item.quantity * item.unitPriceFen),
  },
];

/** The worker's application as submitted, read-only: the part that depends on the aid type, then the files. */
export function ApplicationFormView({ application: app, program }: Props) {
  const labels = new Map((program?.requiredAttachments ?? []).map((r) => [r.key, r.label]));
  const labelOf = (key: string) => labels.get(key) ?? (key === 'other' ? t('aid.otherAttachment') : key);
  const items = app.materials?.items ?? [];
  const total = items.reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="application-form">
      {app.lastComment && (
        <Alert type="warning" showIcon message={t('aid.lastComment')} description={app.lastComment} />
      )}
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('aid.program')}>{app.programName}</Descriptions.Item>
        <Descriptions.Item label={t('aid.aidType')}>{aidTypeLabel(app.aidType)}</Descriptions.Item>
        <Descriptions.Item label={t('aid.amount')}>
          <span data-testid="application-amount">{formatYuan(app.amountFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('aid.status')}>
          <AidStatusTag status={app.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('aid.region')}>{app.regionName}</Descriptions.Item>
        <Descriptions.Item label={t('aid.submittedAt')}>{formatTime(app.submittedAt)}</Descriptions.Item>
      </Descriptions>

      {app.startup && (
        <Descriptions title={t('aid.startupDetails')} column={{ xs: 1, md: 2 }} size="small" data-testid="startup">
          <Descriptions.Item label={t('aid.businessName')}>{app.startup.businessName}</Descriptions.Item>
          <Descriptions.Item label={t('aid.expectedJobs')}>
            {t('aid.people', { n: app.startup.expectedJobs })}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.creditCode')} span="filled">
            {dash(app.startup.creditCode)}
          </Descriptions.Item>
          {app.startup.businessPlan && (
            <Descriptions.Item label={t('aid.businessPlan')} span="filled">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {app.startup.businessPlan}
              </Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}

      {app.materials && (
        <div data-testid="materials">
          <Typography.Title level={5}>{t('aid.materialsDetails')}</Typography.Title>
          <Table<Row>
            size="small"
            columns={itemColumns}
            dataSource={items.map((item, index) => ({ ...item, key: index }))}
            pagination={false}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('aid.itemsTotal')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong data-testid="materials-total">
                    {formatYuan(total)}
                  </Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('aid.purpose')}>{app.materials.purpose}</Descriptions.Item>
          </Descriptions>
        </div>
      )}

      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('aid.statement')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="statement">
            {dash(app.statement)}
          </Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label={t('aid.attachments')}>
          {app.attachments.length ? (
            <Space direction="vertical" size={4} data-testid="application-attachments">
              {app.attachments.map((file) => (
                <Space key={file.id} size={6} wrap>
                  <Typography.Text type="secondary">{labelOf(file.key)}：</Typography.Text>
                  <PaperClipOutlined />
                  <AttachmentLink file={file} />
                  <Typography.Text type="secondary">{formatFileSize(file.size)}</Typography.Text>
                </Space>
              ))}
            </Space>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('aid.noAttachments')} />
          )}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
