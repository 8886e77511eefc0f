import { FIELD_RULES } from '@steadywork/shared';
import { ProForm, ProFormDigit, ProFormGroup, ProFormList, ProFormText } from '@ant-design/pro-components';
import type { StarChecklist, StarCriterion } from '@steadywork/shared';
import { Alert, App, Button, Card, Form, InputNumber, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { sumOfWeights, thresholdsInOrder } from '../rating';
import { getStarChecklist, saveStarChecklist } from '../service';

interface Values {
  criteria: StarCriterion[];
  thresholds: (number | null)[];
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; checklist: StarChecklist };

/** The API's rule for a criterion key. */

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });

/** The four thresholds (2 to 5 stars) as one field: they are checked together, and the API names them together. */
function ThresholdsInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: (number | null)[];
  onChange?(value: (number | null)[]): void;
}) {
  const values = value ?? [null, null, null, null];
  return (
    <Space wrap id={id}>
      {[0, 1, 2, 3].map((i) => (
        <Space key={i} size={4}>
          <Typography.Text>{t('centers.thresholdFor', { n: i + 2 })}</Typography.Text>
          <InputNumber
            id={`${id ?? 'thresholds'}_${i}`}
            aria-label={t('centers.thresholdFor', { n: i + 2 })}
            min={0}
            max={100}
            precision={0}
            value={values[i]}
            onChange={(next) => onChange?.(values.map((v, j) => (j === i ? (next ?? null) : v)))}
            style={{ width: 90 }}
          />
        </Space>
      ))}
    </Space>
  );
}

/** 星级评定标准: the yearly checklist's criteria and weights (summing to 100), and the stars' thresholds. */
export default function StarChecklistPage() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // A new form (with the saved checklist as its initial values) after each save: 重置 goes back to what is saved.
  const [version, setVersion] = useState(0);
  const criteria = Form.useWatch('criteria', form);
  const sum = sumOfWeights(criteria);

  const fetchChecklist = useCallback((isLive: () => boolean = () => true) => {
    setLoad({ state: 'loading' });
    return getStarChecklist({ silent: true }).then(
      (checklist) => isLive() && setLoad({ state: 'ready', checklist }),
      () => isLive() && setLoad({ state: 'failed' }),
    );
  }, []);

  useEffect(() => {
    let live = true;
    void fetchChecklist(() => live);
    return () => {
      live = false;
    };
  }, [fetchChecklist]);

  if (load.state === 'loading') return <Spin style={{ display: 'block', margin: '96px auto' }} />;
  if (load.state === 'failed') {
    return (
      <Result
        status="error"
        title={t('centers.checklistFailed')}
        extra={
          <Button type="primary" onClick={() => void fetchChecklist()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  const { checklist } = load;

  return (
    <Card title={t('centers.checklistTitle')} data-testid="checklist-page">
      <Alert type="info" showIcon message={t('centers.checklistHint')} style={{ marginBottom: 24 }} />
      <ProForm<Values>
        key={version}
        name="checklist"
        form={form}
        layout="vertical"
        initialValues={{
          criteria: checklist.criteria.map((c) => ({ ...c })),
          thresholds: [...checklist.thresholds],
        }}
        submitter={{ searchConfig: { submitText: t('common.save'), resetText: t('common.reset') } }}
        onFinish={async (values) => {
          try {
            const saved = await saveStarChecklist(
              {
                criteria: values.criteria.map((c) => ({ key: c.key.trim(), label: c.label.trim(), weight: c.weight })),
                thresholds: values.thresholds as StarChecklist['thresholds'],
              },
              form,
            );
            void message.success(t('centers.checklistSaved'));
            form.setFieldsValue({ criteria: saved.criteria.map((c) => ({ ...c })), thresholds: [...saved.thresholds] });
            setLoad({ state: 'ready', checklist: saved });
            setVersion((v) => v + 1);
            return true;
          } catch (e) {
            if (e instanceof ApiError) return false;
            throw e;
          }
        }}
      >
        <ProFormList<StarCriterion>
          name="criteria"
          label={t('centers.criteria')}
          max={20}
          copyIconProps={false}
          creatorButtonProps={{ creatorButtonText: t('centers.criterionAdd') }}
          creatorRecord={{ key: '', label: '' }}
          rules={[
            {
              validator: async (_, list?: StarCriterion[]) => {
                if (!list?.length) throw new Error(t('centers.criteriaRequired'));
                const total = sumOfWeights(list);
                if (total !== 100) throw new Error(t('centers.weightsMismatch', { sum: total }));
              },
            },
          ]}
        >
          <ProFormGroup>
            <ProFormText
              name="key"
              label={t('centers.criterionKey')}
              width="sm"
              placeholder={t('centers.criterionKeyPlaceholder')}
              rules={[
                required(t('centers.criterionKey')),
                { pattern: FIELD_RULES.key.pattern, message: t('centers.criterionKeyRule') },
                ({ getFieldValue }) => ({
                  async validator(_, value: unknown) {
                    const all = (getFieldValue('criteria') as StarCriterion[] | undefined) ?? [];
                    if (value && all.filter((c) => c?.key === value).length > 1) {
                      throw new Error(t('centers.criterionKeyDuplicate'));
                    }
                  },
                }),
              ]}
            />
            <ProFormText
              name="label"
              label={t('centers.criterionLabel')}
              width="md"
              fieldProps={{ maxLength: 64 }}
              rules={[required(t('centers.criterionLabel'))]}
            />
            <ProFormDigit
              name="weight"
              label={t('centers.criterionWeight')}
              width="xs"
              min={1}
              max={100}
              fieldProps={{ precision: 0 }}
              rules={[{ required: true, message: t('common.required', { field: t('centers.criterionWeight') }) }]}
            />
          </ProFormGroup>
        </ProFormList>
        <Typography.Paragraph data-testid="weights-total" type={sum === 100 ? 'success' : 'danger'}>
          {t('centers.weightsTotal', { sum })}
        </Typography.Paragraph>
        <Form.Item
          name="thresholds"
          label={t('centers.thresholds')}
          rules={[
            {
              validator: async (_, value?: (number | null)[]) => {
                if (!thresholdsInOrder(value ?? [])) throw new Error(t('centers.thresholdsOrder'));
              },
            },
          ]}
        >
          <ThresholdsInput />
        </Form.Item>
      </ProForm>
    </Card>
  );
}
