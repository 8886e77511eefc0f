import { ProFormDatePicker, ProFormDigit, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import type { CenterResponse, StarChecklist, StarEvaluationResponse } from '@steadywork/shared';
import { Alert, Col, Descriptions, Form, Row, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { AttachmentsInput, attachmentIds, type AttachmentFile } from '../../../components/Attachments';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { shanghaiNow } from '../../../services/time';
import { onListFields } from '../../../utils/field-errors';
import { Stars, currentYear, yearOptions } from '../labels';
import { starsFor, weightedTotal } from '../rating';
import { createEvaluation, getStarChecklist } from '../service';

interface Values {
  year: number;
  /** Per criterion key, 0–100. */
  scores: Record<string, number | null | undefined>;
  /** YYYY-MM-DD (Shanghai). */
  evaluatedOn: string;
  evidence?: AttachmentFile[];
  notes?: string;
}

interface Props {
  center: Pick<CenterResponse, 'id' | 'name'>;
  onClose(): void;
  onSaved(evaluation: StarEvaluationResponse): void;
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; checklist: StarChecklist };

const MAX_EVIDENCE = 10;

const dayOf = (value: unknown) =>
  typeof value === 'string' ? value : (value as Dayjs | undefined)?.format?.('YYYY-MM-DD');

/** The weighted total and the stars it gives, as the scores are typed. */
function EvaluationResult({ checklist, scores }: { checklist: StarChecklist; scores: Values['scores'] | undefined }) {
  const total = weightedTotal(scores ?? {}, checklist.criteria);
  return (
    <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }} data-testid="evaluation-result">
      <Descriptions.Item label={t('centers.total')}>
        <Typography.Text strong data-testid="evaluation-total">
          {t('centers.totalValue', { total: total.toFixed(1) })}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('centers.resultingStars')}>
        <span data-testid="evaluation-stars">
          <Stars stars={starsFor(total, checklist.thresholds)} />{' '}
          {t('centers.starsValue', { n: starsFor(total, checklist.thresholds) })}
        </span>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 星级评定: a year's scores against the checklist; the weighted total decides the stars. */
export function EvaluationFormModal({ center, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const today = shanghaiNow('YYYY-MM-DD');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const scores = Form.useWatch('scores', form);

  useEffect(() => {
    let live = true;
    getStarChecklist({ silent: true }).then(
      (checklist) => live && setLoad({ state: 'ready', checklist }),
      () => live && setLoad({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const checklist = load.state === 'ready' ? load.checklist : null;

  return (
    <FormModal
      form={form}
      title={t('centers.evaluateTitle', { name: center.name })}
      name="evaluation"
      width={640}
      submitter={{ submitButtonProps: { disabled: !checklist } }}
      initialValues={{ year: currentYear(), evaluatedOn: today, scores: {} }}
      errorTarget={(f) => onListFields(f, ['evidence'])}
      submit={async (values: Values, errors) => {
        if (!checklist) return false;
        if (values.evidence?.some((file) => file.status === 'uploading')) {
          form.setFields([{ name: 'evidence', errors: [t('files.stillUploading')] }]);
          return false;
        }
        return createEvaluation(
          center.id,
          {
            year: values.year,
            // Only the checklist's criteria, each scored (the rules make sure of it).
            scores: Object.fromEntries(checklist.criteria.map((c) => [c.key, values.scores[c.key] as number])),
            evaluatedOn: dayOf(values.evaluatedOn) ?? values.evaluatedOn,
            evidence: attachmentIds(values.evidence),
            notes: values.notes?.trim() || undefined,
          },
          errors,
        );
      }}
      success={t('centers.evaluated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Row gutter={16}>
        <Col span={12}>
          <ProFormSelect
            name="year"
            label={t('centers.year')}
            options={yearOptions()}
            rules={[{ required: true, message: t('common.selectRequired', { field: t('centers.year') }) }]}
          />
        </Col>
        <Col span={12}>
          <ProFormDatePicker
            name="evaluatedOn"
            label={t('centers.evaluatedOn')}
            width="100%"
            fieldProps={{ disabledDate: (day: Dayjs) => day.format('YYYY-MM-DD') > today }}
            rules={[
              { required: true, message: t('common.selectRequired', { field: t('centers.evaluatedOn') }) },
              {
                validator: async (_: unknown, value: unknown) => {
                  const day = dayOf(value);
                  if (day && day > today) throw new Error(t('centers.evaluatedOnAfterToday'));
                },
              },
            ]}
          />
        </Col>
      </Row>

      {load.state === 'loading' && (
        <Spin tip={t('centers.checklistLoading')} style={{ display: 'block', margin: '24px auto' }}>
          <div style={{ height: 48 }} />
        </Spin>
      )}
      {load.state === 'failed' && (
        <Alert type="error" showIcon message={t('centers.checklistFailed')} style={{ marginBottom: 16 }} />
      )}
      {checklist && (
        <>
          <Typography.Paragraph type="secondary">
            {t('centers.scoresHelp')}
            {'　'}
            {t('centers.thresholdsHint', { thresholds: checklist.thresholds.join(' / ') })}
          </Typography.Paragraph>
          <Row gutter={16}>
            {checklist.criteria.map((c) => (
              <Col span={12} key={c.key}>
                <ProFormDigit
                  name={['scores', c.key]}
                  label={t('centers.criterionScore', { label: c.label, weight: c.weight })}
                  min={0}
                  max={100}
                  fieldProps={{ precision: 0 }}
                  rules={[{ required: true, message: t('centers.scoreRequired', { label: c.label }) }]}
                />
              </Col>
            ))}
          </Row>
          <EvaluationResult checklist={checklist} scores={scores} />
        </>
      )}

      <Form.Item
        name="evidence"
        label={t('centers.evidence')}
        extra={t('files.hint', { max: MAX_EVIDENCE })}
        rules={[
          {
            validator: async (_, files?: AttachmentFile[]) => {
              if (files?.some((file) => file.status === 'error')) throw new Error(t('files.removeFailed'));
            },
          },
        ]}
      >
        <AttachmentsInput max={MAX_EVIDENCE} />
      </Form.Item>
      <ProFormTextArea
        name="notes"
        label={t('centers.notes')}
        fieldProps={{ rows: 2, maxLength: 2000, showCount: true }}
      />
    </FormModal>
  );
}
