import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ErrorCode,
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
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Result,
  Space,
  Spin,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../../access/auth-context';
import { AttachmentLink } from '../../../../components/Attachments';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatTime } from '../../../../services/time';
import { formatYuan } from '../../../../utils/money';
import { AccreditModal, BaseSubsidyModal, RefuseModal } from '../../components/BaseDecisionModals';
import { BaseFormModal, CRITERIA } from '../../components/BaseFormModal';
import { BaseStatusTag } from '../../labels';
import { getBase } from '../../service';

type Load =
  { state: 'loading' } | { state: 'notFound' } | { state: 'failed' } | { state: 'ready'; base: TrainingBaseResponse };

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
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const fetchBase = useCallback(
    (isLive: () => boolean = () => true) =>
      getBase(id).then(
        (base) => {
          if (isLive()) setLoad({ state: 'ready', base });
        },
        (e: unknown) => {
          if (!isLive()) return;
          const notFound = e instanceof ApiError && (e.statusCode === 404 || e.error === ErrorCode.NOT_FOUND);
          setLoad({ state: notFound ? 'notFound' : 'failed' });
        },
      ),
    [id],
  );

  useEffect(() => {
    if (!Number.isInteger(id) || id < 1) {
      setLoad({ state: 'notFound' });
      return;
    }
    let live = true;
    setLoad({ state: 'loading' });
    void fetchBase(() => live);
    return () => {
      live = false;
    };
  }, [id, fetchBase]);

  if (load.state === 'loading') return <Spin style={{ display: 'block', margin: '96px auto' }} />;
  if (load.state === 'notFound' || load.state === 'failed') {
    const notFound = load.state === 'notFound';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('training.baseNotFound') : t('errors.unknown')}
        extra={
          notFound ? (
            <Link to="/training/bases">
              <Button type="primary">{t('training.backToBases')}</Button>
            </Link>
          ) : (
            <Button type="primary" onClick={() => void fetchBase()}>
              {t('common.retry')}
            </Button>
          )
        }
      />
    );
  }

  const { base } = load;
  const saved = (next: TrainingBaseResponse) => {
    setDialog(null);
    setLoad({ state: 'ready', base: next });
  };
  const accredited = base.status === TrainingBaseStatus.ACCREDITED;
  const subsidyTotal = base.subsidies.reduce((sum, s) => sum + s.amountFen, 0);
  const criteria: CriterionRow[] = CRITERIA.map((key) => ({
    key,
    description: base.criteria[key]?.description ?? '',
    evidence: base.criteria[key]?.evidence ?? [],
  }));

  const buttons = [
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
  ].filter(Boolean);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="base-page">
      <Link to="/training/bases">
        <ArrowLeftOutlined /> {t('training.backToBases')}
      </Link>

      <Card
        title={
          <Space wrap>
            <span data-testid="base-name">{base.name}</span>
            <BaseStatusTag status={base.status} />
          </Space>
        }
        extra={buttons.length > 0 && <Space wrap>{buttons}</Space>}
      >
        {base.status === TrainingBaseStatus.REFUSED && base.decisionReason && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="base-refusal"
            message={t('training.refuseReason')}
            description={base.decisionReason}
          />
        )}
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="base-info">
          <Descriptions.Item label={t('training.baseKind')}>{TRAINING_BASE_KIND_LABELS[base.kind]}</Descriptions.Item>
          <Descriptions.Item label={t('training.region')}>{base.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('training.address')}>{base.address}</Descriptions.Item>
          <Descriptions.Item label={t('training.contactName')}>{base.contactName}</Descriptions.Item>
          <Descriptions.Item label={t('training.contactPhone')}>{base.contactPhone}</Descriptions.Item>
          <Descriptions.Item label={t('training.appliedAt')}>{formatTime(base.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('training.accreditedYear')}>
            {base.accreditedYear ? t('training.yearValue', { year: base.accreditedYear }) : t('common.empty')}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.decidedBy')}>{base.decidedBy ?? t('common.empty')}</Descriptions.Item>
          <Descriptions.Item label={t('training.decidedAt')}>{formatTime(base.decidedAt)}</Descriptions.Item>
          {accredited && base.decisionReason && (
            <Descriptions.Item label={t('training.accreditComment')} span={3}>
              {base.decisionReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

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
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noSubsidies')} /> }}
        />
      </Card>

      {dialog === 'amend' && <BaseFormModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'accredit' && <AccreditModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'refuse' && <RefuseModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'subsidy' && <BaseSubsidyModal base={base} onClose={() => setDialog(null)} onSaved={saved} />}
    </Space>
  );
}
