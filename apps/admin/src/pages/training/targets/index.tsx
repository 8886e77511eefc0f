import {
  TRAINING_TARGET_FIELDS,
  type RegionNode,
  type TrainingTargets,
  type TrainingTargetsRequest,
  type TrainingTargetsResponse,
} from '@steadywork/shared';
import { Alert, App, Button, Card, Form, InputNumber, Select, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../locales';
import { useRegionTree } from '../../../services/regions';
import { formatTime, shanghaiNow } from '../../../services/time';
import type { FieldPath } from '../../../services/request';
import { getTargets, saveTargets } from '../service';

type Field = (typeof TRAINING_TARGET_FIELDS)[number];
type Figures = Partial<Record<Field, number | null>>;

interface Values extends Figures {
  citySplits?: Record<string, Figures>;
}

const LABELS: Record<Field, string> = {
  bases: t('training.targetBases'),
  completions: t('training.targetCompletions'),
  domesticServiceCompletions: t('training.targetDomestic'),
  onlineLearning: t('training.targetOnline'),
};

const filled = (f: Figures | undefined) => TRAINING_TARGET_FIELDS.some((k) => f?.[k] !== undefined && f?.[k] !== null);

/** The form's values as the request: a city only when one of its figures is filled (the API names what is missing). */
function toRequest(values: Values): TrainingTargetsRequest {
  const splits: Record<string, TrainingTargets> = {};
  for (const [code, f] of Object.entries(values.citySplits ?? {})) {
    if (filled(f)) splits[code] = f as TrainingTargets;
  }
  return {
    bases: values.bases as number,
    completions: values.completions as number,
    domesticServiceCompletions: values.domesticServiceCompletions as number,
    onlineLearning: values.onlineLearning as number,
    citySplits: splits,
  };
}

/**
 * Where the API's field names land: `citySplits.630100.bases` on the city's input (its code kept a
 * string), and a sum over the cities (`citySplits.completions`) on the province's figure.
 */
function routeError(path: FieldPath): FieldPath {
  if (path[0] !== 'citySplits') return path;
  if (path.length === 2 && (TRAINING_TARGET_FIELDS as readonly unknown[]).includes(path[1])) return [path[1]];
  return path.map((part, i) => (i === 1 ? String(part) : part));
}

/** 培训目标: the training admin sets a year's 151 targets and, optionally, each city's share. */
export default function TrainingTargetsPage() {
  const { message } = App.useApp();
  const thisYear = Number(shanghaiNow('YYYY'));
  const [year, setYear] = useState(thisYear);
  const [current, setCurrent] = useState<TrainingTargetsResponse | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Values>();
  const tree = useRegionTree(undefined);
  const cities: RegionNode[] = tree?.children ?? [];

  useEffect(() => {
    let live = true;
    setCurrent(null);
    getTargets(year).then(
      (r) => {
        if (!live) return;
        setCurrent(r);
        form.resetFields();
        form.setFieldsValue(r.targets ? { ...r.targets } : {});
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [year, form]);

  const save = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setSaving(true);
    try {
      const saved = await saveTargets(year, toRequest(values), { ...form, route: routeError });
      setCurrent(saved);
      void message.success(t('training.targetsSaved', { year }));
    } catch {
      // the request layer shows it (field errors on their inputs)
    } finally {
      setSaving(false);
    }
  };

  const figure = (name: (string | number)[], label: string, required: boolean) => (
    <Form.Item
      name={name}
      label={required ? label : undefined}
      rules={required ? [{ required: true, message: t('common.required', { field: label }) }] : []}
      style={required ? undefined : { marginBottom: 0 }}
    >
      <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} aria-label={label} />
    </Form.Item>
  );

  return (
    <Card
      title={t('training.targetsTitle')}
      extra={
        <Space>
          <Typography.Text>{t('training.year')}</Typography.Text>
          <Select<number>
            aria-label={t('training.year')}
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            data-testid="targets-year"
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: y,
              label: t('training.yearValue', { year: y }),
            }))}
          />
        </Space>
      }
    >
      {!current ? (
        <Spin style={{ display: 'block', margin: '32px auto' }} />
      ) : (
        <>
          {current.targets ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('training.targetsSetBy', {
                time: formatTime(current.updatedAt ?? ''),
                name: current.updatedByName ?? t('training.targetsShipped'),
              })}
            />
          ) : (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="targets-not-set"
              message={t('training.targetsNotSet', { year })}
            />
          )}
          <Form<Values> form={form} name="targets" layout="vertical">
            <Typography.Title level={5}>{t('training.targetsProvince')}</Typography.Title>
            <Space size="large" wrap align="start">
              {TRAINING_TARGET_FIELDS.map((f) => (
                <div key={f} style={{ width: 200 }}>
                  {figure([f], LABELS[f], true)}
                </div>
              ))}
            </Space>
            <Typography.Title level={5}>{t('training.targetsCities')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('training.targetsCitiesHelp')}</Typography.Paragraph>
            <Table<RegionNode>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={cities}
              data-testid="targets-cities"
              columns={[
                { title: t('training.region'), dataIndex: 'name', width: 160 },
                ...TRAINING_TARGET_FIELDS.map((f) => ({
                  title: LABELS[f],
                  key: f,
                  render: (_: unknown, city: RegionNode) =>
                    figure(['citySplits', city.code, f], `${city.name}${LABELS[f]}`, false),
                })),
              ]}
            />
            <Button type="primary" style={{ marginTop: 16 }} loading={saving} onClick={() => void save()}>
              {t('training.targetsSave')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
