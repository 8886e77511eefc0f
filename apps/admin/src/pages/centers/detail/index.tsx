import { EditOutlined, PlusOutlined, StarOutlined } from '@ant-design/icons';
import {
  CENTER_ADMIN_ROLES,
  CENTER_KIND_LABELS,
  CENTER_RATING_ROLES,
  CENTER_SUBSIDY_ROLES,
  type OrganizationResponse,
  type StarEvaluationResponse,
  type SubsidyResponse,
} from '@steadywork/shared';
import { Button, Card, Empty, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useHasRole } from '../../../access/auth-context';
import { AttachmentLink } from '../../../components/Attachments';
import { DetailHeader, DetailPage, useRecord } from '../../../components/kit';
import { t } from '../../../locales';
import { formatTime } from '../../../services/time';
import { formatYuan } from '../../../utils/money';
import { CenterFormModal } from '../components/CenterFormModal';
import { CenterPhotos } from '../components/CenterPhotos';
import { EvaluationFormModal } from '../components/EvaluationFormModal';
import { SubsidyFormModal } from '../components/SubsidyFormModal';
import { ServiceTags, Stars, isStation, levelLabel, ratingLabel } from '../labels';
import { findOrganization, getCenter, getStarChecklist, listEvaluations, listSubsidies } from '../service';

type Dialog = 'edit' | 'evaluate' | 'subsidy';

const dash = (value: string | null | undefined) => value || t('common.empty');

const evaluationColumns: TableColumnsType<StarEvaluationResponse> = [
  { title: t('centers.year'), dataIndex: 'year', width: 80 },
  {
    title: t('centers.total'),
    dataIndex: 'total',
    width: 100,
    align: 'right',
    render: (total: number) => total.toFixed(1),
  },
  { title: t('centers.stars'), dataIndex: 'stars', width: 110, render: (stars: number) => <Stars stars={stars} /> },
  { title: t('centers.evaluatedOn'), dataIndex: 'evaluatedOn', width: 110 },
  { title: t('centers.evaluator'), dataIndex: 'evaluator', width: 110 },
  {
    title: t('centers.evidence'),
    dataIndex: 'evidence',
    render: (_, e) =>
      e.evidence.length ? (
        <Space direction="vertical" size={0}>
          {e.evidence.map((file) => (
            <AttachmentLink key={file.id} file={file} />
          ))}
        </Space>
      ) : (
        t('common.empty')
      ),
  },
  { title: t('centers.notes'), dataIndex: 'notes', ellipsis: true, render: (notes: string | null) => dash(notes) },
];

const subsidyColumns: TableColumnsType<SubsidyResponse> = [
  { title: t('centers.year'), dataIndex: 'year', width: 80 },
  {
    title: t('centers.subsidyAmount'),
    dataIndex: 'amountFen',
    width: 140,
    align: 'right',
    render: (fen: number) => formatYuan(fen),
  },
  { title: t('centers.subsidyPurpose'), dataIndex: 'purpose', ellipsis: true },
  { title: t('centers.recordedBy'), dataIndex: 'recordedBy', width: 110 },
  { title: t('centers.recordedAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatTime(at) },
];

/**
 * The scores of one evaluation, criterion by criterion (the history's expanded row), named by the
 * current checklist where it still has the criterion.
 */
function ScoresOf({ evaluation, labels }: { evaluation: StarEvaluationResponse; labels: Record<string, string> }) {
  return (
    <Space wrap size={[16, 4]} data-testid="evaluation-scores">
      {Object.entries(evaluation.scores).map(([key, score]) => (
        <Typography.Text key={key}>
          <Typography.Text type="secondary">{labels[key] ?? key}：</Typography.Text>
          {score}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** One site of the registry: its details and photos, its star ratings year by year, its subsidies. */
export default function CenterDetailPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const canEdit = useHasRole(...CENTER_ADMIN_ROLES);
  const canRate = useHasRole(...CENTER_RATING_ROLES);
  const canSubsidize = useHasRole(...CENTER_SUBSIDY_ROLES);
  const record = useRecord(id, getCenter);
  const [evaluations, setEvaluations] = useState<StarEvaluationResponse[] | null>(null);
  const [subsidies, setSubsidies] = useState<SubsidyResponse[] | null>(null);
  const [organization, setOrganization] = useState<OrganizationResponse | null>(null);
  const [criterionLabels, setCriterionLabels] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const fetchEvaluations = useCallback(() => listEvaluations(id).then(setEvaluations, () => setEvaluations([])), [id]);
  const fetchSubsidies = useCallback(() => listSubsidies(id).then(setSubsidies, () => setSubsidies([])), [id]);

  useEffect(() => {
    void fetchEvaluations();
    void fetchSubsidies();
  }, [id, fetchEvaluations, fetchSubsidies]);

  useEffect(() => {
    let live = true;
    getStarChecklist({ silent: true }).then(
      (checklist) => live && setCriterionLabels(Object.fromEntries(checklist.criteria.map((c) => [c.key, c.label]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const organizationId = record.load.state === 'ready' ? record.load.record.organizationId : null;
  useEffect(() => {
    if (!organizationId) {
      setOrganization(null);
      return;
    }
    let live = true;
    // Only for the organisation's name: without it the line shows a dash.
    void findOrganization(organizationId).then((org) => live && setOrganization(org));
    return () => {
      live = false;
    };
  }, [organizationId]);

  return (
    <DetailPage
      record={record}
      notFound={t('centers.notFound')}
      back={{ to: '/centers', label: t('centers.backToList') }}
    >
      {(center) => {
        const subsidyTotal = (subsidies ?? []).reduce((sum, s) => sum + s.amountFen, 0);

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="center-page">
            <DetailHeader
              back={{ to: '/centers', label: t('centers.backToList') }}
              title={center.name}
              titleTestId="center-name"
              status={
                <>
                  <Tag color="red">{CENTER_KIND_LABELS[center.kind]}</Tag>
                  <Stars stars={center.stars} />
                </>
              }
              actions={[
                canEdit && (
                  <Button key="edit" icon={<EditOutlined />} onClick={() => setDialog('edit')}>
                    {t('centers.edit')}
                  </Button>
                ),
                !isStation(center.kind) && (
                  <Link key="requests" to={`/service-requests?centerId=${center.id}`}>
                    <Button>{t('centers.viewRequests')}</Button>
                  </Link>
                ),
              ]}
              itemsTestId="center-info"
              items={[
                { label: t('centers.region'), value: center.regionName },
                { label: t('centers.level'), value: levelLabel(center.level) },
                {
                  label: t('centers.stars'),
                  value: center.stars === null ? t('centers.unrated') : t('centers.starsValue', { n: center.stars }),
                },
                { label: t('centers.address'), value: center.address },
                {
                  label: t('centers.coordinates'),
                  value: t('centers.coordinatesValue', { lat: center.latitude, lng: center.longitude }),
                },
                { label: t('centers.averageRating'), value: ratingLabel(center.averageRating) },
                { label: t('centers.openingHours'), value: center.openingHours },
                { label: t('centers.phone'), value: center.phone },
                {
                  label: t('centers.organization'),
                  value: center.organizationId ? dash(organization?.name) : t('common.empty'),
                },
                { label: t('centers.services'), value: <ServiceTags services={center.services} />, span: 3 },
                {
                  label: t('centers.description'),
                  span: 3,
                  value: (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                      {dash(center.description)}
                    </Typography.Paragraph>
                  ),
                },
              ]}
            />

            <Card title={t('centers.photos')} size="small">
              <CenterPhotos photos={center.photos} />
            </Card>

            <Card
              title={t('centers.evaluations')}
              size="small"
              data-testid="center-evaluations"
              extra={
                canRate && (
                  <Button type="primary" icon={<StarOutlined />} onClick={() => setDialog('evaluate')}>
                    {t('centers.evaluate')}
                  </Button>
                )
              }
            >
              <Table<StarEvaluationResponse>
                size="small"
                rowKey="id"
                loading={evaluations === null}
                pagination={false}
                dataSource={evaluations ?? []}
                columns={evaluationColumns}
                expandable={{ expandedRowRender: (e) => <ScoresOf evaluation={e} labels={criterionLabels} /> }}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('centers.noEvaluations')} />,
                }}
              />
            </Card>

            <Card
              title={
                <Space>
                  {t('centers.subsidies')}
                  {subsidyTotal > 0 && (
                    <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="subsidy-total">
                      {t('centers.subsidyTotal', { amount: formatYuan(subsidyTotal) })}
                    </Typography.Text>
                  )}
                </Space>
              }
              size="small"
              data-testid="center-subsidies"
              extra={
                canSubsidize && (
                  <Button icon={<PlusOutlined />} onClick={() => setDialog('subsidy')}>
                    {t('centers.subsidyCreate')}
                  </Button>
                )
              }
            >
              <Table<SubsidyResponse>
                size="small"
                rowKey="id"
                loading={subsidies === null}
                pagination={false}
                dataSource={subsidies ?? []}
                columns={subsidyColumns}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('centers.noSubsidies')} />,
                }}
              />
            </Card>

            {dialog === 'edit' && (
              <CenterFormModal
                center={center}
                onClose={() => setDialog(null)}
                onSaved={(saved) => {
                  setDialog(null);
                  record.show(saved);
                }}
              />
            )}
            {dialog === 'evaluate' && (
              <EvaluationFormModal
                center={center}
                onClose={() => setDialog(null)}
                onSaved={() => {
                  setDialog(null);
                  // The center's current stars follow its latest evaluation.
                  void record.reload();
                  void fetchEvaluations();
                }}
              />
            )}
            {dialog === 'subsidy' && (
              <SubsidyFormModal
                center={center}
                onClose={() => setDialog(null)}
                onSaved={() => {
                  setDialog(null);
                  void fetchSubsidies();
                }}
              />
            )}
          </Space>
        );
      }}
    </DetailPage>
  );
}
