import { CheckOutlined, CloseOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  TRAINING_ADMIN_ROLES,
  TRAINING_BASE_APPLY_ROLES,
  TRAINING_BASE_CRITERION_LABELS,
  TRAINING_BASE_KIND_LABELS,
  TRAINING_BASE_SUBSIDY_ROLES,
  TrainingBaseStatus,
  type TrainingBaseCriterion,
  type TrainingBaseCriterionResponse,
  type TrainingBaseResponse,
  type TrainingBaseSubsidyResponse,
} from '@steadywork/shared';
import { Alert, Button, Card, Empty, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { AttachmentLink } from '../../../../components/Attachments';
import { DetailHeader, DetailPage, useRecord } from '../../../../components/kit';
import { t } from '../../../../locales';
import { formatTime } from '../../../../services/time';
import { formatYuan } from '../../../../utils/money';
import { AccreditModal, BaseSubsidyModal, RefuseModal } from '../../components/BaseDecisionModals';
import { BaseFormModal, CRITERIA } from '../../components/BaseFormModal';
import { BaseStatusTag } from '../../labels';
import { getBase } from '../../service';

type Dialog = 'amend' | 'accredit' | 'refuse' | 'subsidy';

interface CriterionRow extends TrainingBaseCriterionResponse {
  key: TrainingBaseCriterion;
}

const criterionColumns: TableColumnsType<CriterionRow> = [
  {
    title: t('training.criteria'),
    dataIndex: 'key',
    width: 100,
    render: (key: TrainingBaseCriterion) => (
      <Typography.Text strong>{TRAINING_BASE_CRITERION_LABELS[key]}</Typography.Text>
    ),
  },
  {
    title: t('training.criterionDescription'),
    dataIndex: 'description',
    render: (text: string) => (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {text || t('common.empty')}
      </Typography.Paragraph>
    ),
  },
  {
    title: t('training.criterionEvidence'),
    dataIndex: 'evidence',
    width: 280,
    render: (_, row) =>
      row.evidence.length ? (
        <Space direction="vertical" size={0}>
          {row.evidence.map((file) => (
            <AttachmentLink key={file.id} file={file} />
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('training.noEvidence')}</Typography.Text>
      ),
  },
];

const subsidyColumns: TableColumnsType<TrainingBaseSubsidyResponse> = [
  { title: t('training.year'), dataIndex: 'year', width: 80 },
  {
    title: t('training.subsidyAmount'),
    dataIndex: 'amountFen',
    width: 140,
    align: 'right',
    render: (fen: number) => formatYuan(fen),
  },
  { title: t('training.subsidyPurpose'), dataIndex: 'purpose', ellipsis: true },
  { title: t('training.recordedBy'), dataIndex: 'recordedBy', width: 110 },
  { title: t('training.recordedAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatTime(at) },
];

/** One training base: who applied, the four criteria with their evidence, the decision, the subsidies. */
export default function BaseDetailPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const canDecide = useHasRole(...TRAINING_ADMIN_ROLES);
  const canAmend = useHasRole(...TRAINING_BASE_APPLY_ROLES);
  const canSubsidize = useHasRole(...TRAINING_BASE_SUBSIDY_ROLES);
  const record = useRecord(id, getBase);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  return (
    <DetailPage
      record={record}
      notFound={t('training.baseNotFound')}
      back={{ to: '/training/bases', label: t('training.backToBases') }}
    >
      {(base) => {
        const saved = (next: TrainingBaseResponse) => {
          setDialog(null);
          record.show(next);
        };
        const accredited = base.status === TrainingBaseStatus.ACCREDITED;
        const subsidyTotal = base.subsidies.reduce((sum, s) => sum + s.amountFen, 0);
        const criteria: CriterionRow[] = CRITERIA.map((key) => ({
          key,
          description: base.criteria[key]?.description ?? '',
          evidence: base.criteria[key]?.evidence ?? [],
        }));

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="base-page">
            <DetailHeader
              back={{ to: '/training/bases', label: t('training.backToBases') }}
              title={base.name}
              titleTestId="base-name"
              status={<BaseStatusTag status={base.status} />}
              actions={[
                canDecide && base.status === TrainingBaseStatus.APPLIED && (
                  <Button key="accredit" type="primary" icon={<CheckOutlined />} onClick={() => setDialog('accredit')}>
                    {t('training.accredit')}
                  </Button>
                ),
                canDecide && base.status === TrainingBaseStatus.APPLIED && (
                  <Button key="refuse" danger icon={<CloseOutlined />} onClick={() => setDialog('refuse')}>
                    {t('training.refuse')}
                  </Button>
                ),
                canAmend && !accredited && (
                  <Button key="amend" icon={<EditOutlined />} onClick={() => setDialog('amend')}>
                    {t('training.edit')}
                  </Button>
                ),
              ]}
              notice={
                base.status === TrainingBaseStatus.REFUSED &&
                base.decisionReason && (
                  <Alert
                    type="error"
                    showIcon
                    style={{ marginBottom: 16 }}
                    data-testid="base-refusal"
                    message={t('training.refuseReason')}
                    description={base.decisionReason}
                  />
                )
              }
              itemsTestId="base-info"
              items={[
                { label: t('training.baseKind'), value: TRAINING_BASE_KIND_LABELS[base.kind] },
                { label: t('training.region'), value: base.regionName },
                { label: t('training.address'), value: base.address },
                { label: t('training.contactName'), value: base.contactName },
                { label: t('training.contactPhone'), value: base.contactPhone },
                { label: t('training.appliedAt'), value: formatTime(base.createdAt) },
                {
                  label: t('training.accreditedYear'),
                  value: base.accreditedYear
                    ? t('training.yearValue', { year: base.accreditedYear })
                    : t('common.empty'),
                },
                { label: t('training.decidedBy'), value: base.decidedBy ?? t('common.empty') },
                { label: t('training.decidedAt'), value: formatTime(base.decidedAt) },
                accredited &&
                  !!base.decisionReason && {
                    label: t('training.accreditComment'),
                    value: base.decisionReason,
                    span: 3,
                  },
              ]}
            />

            <Card title={t('training.criteria')} size="small" data-testid="base-criteria">
              <Table<CriterionRow>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={criteria}
                columns={criterionColumns}
              />
            </Card>

            <Card
              title={
                <Space>
                  {t('training.subsidies')}
                  {subsidyTotal > 0 && (
                    <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="base-subsidy-total">
                      {t('training.subsidyTotal', { amount: formatYuan(subsidyTotal) })}
                    </Typography.Text>
                  )}
                </Space>
              }
              size="small"
              data-testid="base-subsidies"
              extra={
                canSubsidize && (
                  <Tooltip title={accredited ? undefined : t('training.subsidyOnlyAccredited')}>
                    <Button icon={<PlusOutlined />} disabled={!accredited} onClick={() => setDialog('subsidy')}>
                      {t('training.subsidyCreate')}
                    </Button>
                  </Tooltip>
                )
              }
            >
              <Table<TrainingBaseSubsidyResponse>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={base.subsidies}
                columns={subsidyColumns}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noSubsidies')} />,
                }}
              />
            </Card>

            {dialog === 'amend' && <BaseFormModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
            {dialog === 'accredit' && <AccreditModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
            {dialog === 'refuse' && <RefuseModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
            {dialog === 'subsidy' && <BaseSubsidyModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
          </Space>
        );
      }}
    </DetailPage>
  );
}
