import { ArrowLeftOutlined } from '@ant-design/icons';
import { OutcomeSource, type AidProgramResponse } from '@steadywork/shared';
import { Button, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../../access/auth-context';
import { DetailPage, useRecord } from '../../../components/kit';
import { t } from '../../../locales';
import { formatTime } from '../../../services/time';
import { formatYuan } from '../../../utils/money';
import { OutcomeFormModal } from '../../outcomes/components/OutcomeFormModal';
import { AidStatusTag } from '../labels';
import { getProgram, getReviewContext } from '../service';
import { availableActions, listPathOf } from './actions';
import { ApplicationFormView } from './components/ApplicationFormView';
import { DisbursementModal } from './components/DisbursementModal';
import { ObjectionDecisionModal } from './components/ObjectionDecisionModal';
import { ObjectionModal } from './components/ObjectionModal';
import { ReviewForm } from './components/ReviewForm';
import { RevokeModal } from './components/RevokeModal';
import { ApplicationTimeline, WorkerPanel } from './components/WorkerPanel';

type Dialog = 'objection' | 'objectionDecision' | 'revoke' | 'disburse' | 'outcome';

/** One application: the worker's form (read-only) beside who they are, and what this user may do with it now. */
export default function ReviewPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const { me } = useAuth();
  const record = useRecord(id, getReviewContext);
  const [program, setProgram] = useState<AidProgramResponse | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const programId = record.load.state === 'ready' ? record.load.record.application.programId : null;
  useEffect(() => {
    if (!programId) return;
    let live = true;
    // Only for the attachments' names: without it they show their keys.
    getProgram(programId).then(
      (p) => live && setProgram(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [programId]);

  return (
    <DetailPage
      record={record}
      notFound={t('aid.notFound')}
      back={{ to: '/aid/applications', label: t('aid.backToList') }}
    >
      {(context) => {
        const app = context.application;
        const can = availableActions(app, me?.roles ?? []);
        const refresh = () => void record.reload();
        const saved = () => {
          setDialog(null);
          refresh();
        };

        const buttons = [
          can.disburse && (
            <Button key="disburse" type="primary" onClick={() => setDialog('disburse')}>
              {t('aid.disburse')}
            </Button>
          ),
          can.objection && (
            <Button key="objection" onClick={() => setDialog('objection')}>
              {t('aid.objection')}
            </Button>
          ),
          can.objectionDecision && (
            <Button key="objectionDecision" type="primary" onClick={() => setDialog('objectionDecision')}>
              {t('aid.objectionDecision')}
            </Button>
          ),
          can.outcome && (
            <Button key="outcome" onClick={() => setDialog('outcome')}>
              {t('aid.recordOutcome')}
            </Button>
          ),
          can.revoke && (
            <Button key="revoke" danger onClick={() => setDialog('revoke')}>
              {t('aid.revoke')}
            </Button>
          ),
        ].filter(Boolean);

        return (
          <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="review-page">
            <Link to={listPathOf(can.review)}>
              <ArrowLeftOutlined /> {t('aid.backToList')}
            </Link>

            <Card
              title={
                <Space wrap>
                  <span data-testid="application-worker">{app.workerName}</span>
                  <AidStatusTag status={app.status} />
                  {app.objectionPending && <Tag color="red">{t('aid.objectionPending')}</Tag>}
                </Space>
              }
              extra={buttons.length > 0 && <Space wrap>{buttons}</Space>}
              styles={{ body: { display: app.disbursement ? undefined : 'none' } }}
            >
              {app.disbursement && (
                <Descriptions
                  title={t('aid.disbursement')}
                  column={{ xs: 1, md: 2, xl: 4 }}
                  size="small"
                  data-testid="disbursement"
                >
                  <Descriptions.Item label={t('aid.disbursementAmount')}>
                    {formatYuan(app.disbursement.amountFen)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('aid.voucherNo')}>{app.disbursement.voucherNo}</Descriptions.Item>
                  <Descriptions.Item label={t('aid.paidAt')}>
                    {formatTime(app.disbursement.paidAt, 'YYYY-MM-DD')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('aid.recordedBy')}>{app.disbursement.recordedBy}</Descriptions.Item>
                </Descriptions>
              )}
            </Card>

            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Card title={t('aid.form')}>
                  <ApplicationFormView application={app} program={program} />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                  {can.review && (
                    <Card
                      title={t(can.review === 'first' ? 'aid.firstReviewForm' : 'aid.finalReviewForm')}
                      data-testid="review-card"
                    >
                      <ReviewForm key={app.updatedAt} application={app} onDone={refresh} />
                    </Card>
                  )}
                  <WorkerPanel context={context} />
                  <Card title={t('aid.timeline')} size="small">
                    <ApplicationTimeline events={app.events} />
                  </Card>
                </Space>
              </Col>
            </Row>

            {dialog === 'objection' && (
              <ObjectionModal application={app} onClose={() => setDialog(null)} onSaved={saved} />
            )}
            {dialog === 'objectionDecision' && (
              <ObjectionDecisionModal application={app} onClose={() => setDialog(null)} onSaved={saved} />
            )}
            {dialog === 'revoke' && <RevokeModal application={app} onClose={() => setDialog(null)} onSaved={saved} />}
            {dialog === 'disburse' && (
              <DisbursementModal application={app} onClose={() => setDialog(null)} onSaved={saved} />
            )}
            {dialog === 'outcome' && (
              <OutcomeFormModal
                worker={context.worker}
                source={OutcomeSource.AID}
                applicationId={app.id}
                onClose={() => setDialog(null)}
                onSaved={saved}
              />
            )}
          </Space>
        );
      }}
    </DetailPage>
  );
}
