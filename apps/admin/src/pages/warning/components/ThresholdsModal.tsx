import { ProFormDigit } from '@ant-design/pro-components';
import { DEMAND_CATEGORY_LABELS, DemandCategory, type WarningThresholds } from '@steadywork/shared';
import { Divider, Form, Typography } from 'antd';
import { useEffect } from 'react';
import { FormModal } from '../../../components/kit';
import { t, type MessageKey } from '../../../locales';
import { getWarningThresholds, saveWarningThresholds } from '../service';

const FIGURES: { name: keyof Omit<WarningThresholds, 'openDemandsByCategory'>; label: MessageKey }[] = [
  { name: 'layoffFilings', label: 'warning.layoffFilings' },
  { name: 'laidOffWorkers', label: 'warning.laidOffWorkers' },
  { name: 'registeredUnemployed', label: 'warning.registeredUnemployed' },
  { name: 'laidOffTagged', label: 'warning.laidOffTagged' },
  { name: 'openDemands', label: 'warning.openDemands' },
];
const CATEGORIES = Object.values(DemandCategory) as DemandCategory[];

/** An empty box is no threshold (null); antd gives undefined or null for it. */
const orNull = (v: number | null | undefined) => (typeof v === 'number' ? v : null);

/** 阈值设置: the province's thresholds (province reviewers; the API checks again). */
export function ThresholdsModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<WarningThresholds>();
  useEffect(() => {
    let live = true;
    void getWarningThresholds().then(
      (v) => live && form.setFieldsValue(v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [form]);
  return (
    <FormModal<WarningThresholds, WarningThresholds>
      title={t('warning.thresholds')}
      name="warning-thresholds"
      form={form}
      success={t('common.saved')}
      onClose={onClose}
      onSaved={onSaved}
      submit={(v, errors) =>
        saveWarningThresholds(
          {
            layoffFilings: orNull(v.layoffFilings),
            laidOffWorkers: orNull(v.laidOffWorkers),
            registeredUnemployed: orNull(v.registeredUnemployed),
            laidOffTagged: orNull(v.laidOffTagged),
            openDemands: orNull(v.openDemands),
            openDemandsByCategory: Object.fromEntries(
              CATEGORIES.map((c) => [c, orNull(v.openDemandsByCategory?.[c])]),
            ) as WarningThresholds['openDemandsByCategory'],
          },
          errors,
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('warning.thresholdsHelp')}</Typography.Paragraph>
      {FIGURES.map((f) => (
        <ProFormDigit key={f.name} name={f.name} label={t(f.label)} min={1} fieldProps={{ precision: 0 }} />
      ))}
      <Divider plain>{t('warning.thresholdsByCategory')}</Divider>
      {CATEGORIES.map((c) => (
        <ProFormDigit
          key={c}
          name={['openDemandsByCategory', c]}
          label={DEMAND_CATEGORY_LABELS[c]}
          min={1}
          fieldProps={{ precision: 0 }}
        />
      ))}
    </FormModal>
  );
}
