import {
  ProFormDateRangePicker,
  ProFormDigit,
  ProFormGroup,
  ProFormList,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  AID_DEFAULTS,
  type AidAttachmentRequirement,
  type AidProgramRequest,
  type AidProgramResponse,
  type AidType,
  type RegionNode,
  FIELD_RULES,
} from '@steadywork/shared';
import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { loadRegionTree } from '../../../../services/regions';
import { yuanInput } from '../../../../utils/money';
import { aidTypeOptions, currentYear } from '../../labels';
import { createProgram, updateProgram } from '../../service';
import { RegionQuotaInput, sumOf } from './RegionQuotaInput';

interface Values {
  year: number;
  aidType: AidType;
  name?: string;
  description?: string;
  /** Fen, shown and typed in 元. */
  amountFen: number;
  quota: number;
  /** Split the quota among the cities/prefectures (not sent: regionQuotas or null is). */
  split: boolean;
  regionQuotas?: Record<string, number | null>;
  /** The application window, YYYY-MM-DD both. */
  window: [string, string];
  requiredAttachments?: AidAttachmentRequirement[];
  outcomeTarget: number;
  onePerYear: boolean;
  minAge: number;
  maxAge: number;
}

interface Props {
  /** null: a new programme. */
  program: AidProgramResponse | null;
  onClose(): void;
  onSaved(program: AidProgramResponse): void;
}

/** The API's rule for an attachment key. */

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

const dayOf = (value: unknown): string =>
  typeof value === 'string' ? value : ((value as Dayjs | undefined)?.format?.('YYYY-MM-DD') ?? '');

function initialValues(program: AidProgramResponse | null): Partial<Values> {
  if (!program) {
    const year = currentYear();
    return {
      year,
      amountFen: AID_DEFAULTS.amountFen,
      quota: AID_DEFAULTS.quota,
      split: false,
      window: [`${year}-01-01`, `${year}-12-31`],
      requiredAttachments: [],
      outcomeTarget: AID_DEFAULTS.outcomeTarget,
      onePerYear: true,
      minAge: AID_DEFAULTS.minAge,
      maxAge: AID_DEFAULTS.maxAge,
    };
  }
  return {
    year: program.year,
    aidType: program.aidType,
    name: program.name,
    description: program.description,
    amountFen: program.amountFen,
    quota: program.quota,
    split: !!program.regionQuotas?.length,
    regionQuotas: program.regionQuotas
      ? Object.fromEntries(program.regionQuotas.map((r) => [r.regionCode, r.quota]))
      : undefined,
    window: [program.applyFrom, program.applyUntil],
    requiredAttachments: program.requiredAttachments.map((r) => ({ ...r })),
    outcomeTarget: program.outcomeTarget,
    onePerYear: program.onePerYear,
    minAge: program.minAge,
    maxAge: program.maxAge,
  };
}

/** The cities/prefectures: the children of the province at the root of the region tree. */
function useCities(): RegionNode[] {
  const [cities, setCities] = useState<RegionNode[]>([]);
  useEffect(() => {
    let live = true;
    loadRegionTree().then(
      (root) => live && setCities(root.children ?? []),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return cities;
}

/** 新建 / 编辑 a programme year: each year's notice sets the amount, the quota, its split and the window. */
export function ProgramFormModal({ program, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const cities = useCities();
  const split = Form.useWatch('split', form);
  const quota = Form.useWatch('quota', form);

  const toRequest = (values: Values): AidProgramRequest => ({
    year: values.year,
    aidType: values.aidType,
    name: values.name?.trim() || undefined,
    description: values.description?.trim() ?? '',
    amountFen: values.amountFen,
    quota: values.quota,
    regionQuotas: values.split
      ? Object.fromEntries(cities.map((city) => [city.code, values.regionQuotas?.[city.code] ?? 0]))
      : null,
    applyFrom: dayOf(values.window[0]),
    applyUntil: dayOf(values.window[1]),
    requiredAttachments: (values.requiredAttachments ?? []).map((r) => ({ key: r.key.trim(), label: r.label.trim() })),
    outcomeTarget: values.outcomeTarget,
    onePerYear: values.onePerYear,
    minAge: values.minAge,
    maxAge: values.maxAge,
  });

  return (
    <FormModal
      form={form}
      title={program ? t('aid.programEditTitle', { name: program.name }) : t('aid.programCreateTitle')}
      name="program"
      width={720}
      initialValues={initialValues(program)}
      // The API names the window's ends and a city's share (`regionQuotas.630100`): the form shows
      // them on the date range and on the split.
      routeErrors={(path) =>
        path[0] === 'applyFrom' || path[0] === 'applyUntil'
          ? ['window']
          : path[0] === 'regionQuotas'
            ? ['regionQuotas']
            : path
      }
      submit={async (values: Values, errors) => {
        const body = toRequest(values);
        return program ? updateProgram(program.id, body, errors) : createProgram(body, errors);
      }}
      success={t(program ? 'aid.programUpdated' : 'aid.programCreated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormGroup>
        <ProFormDigit
          name="year"
          label={t('aid.year')}
          width="xs"
          min={2020}
          max={2100}
          // A programme keeps its year and type (the API refuses to change them).
          disabled={!!program}
          fieldProps={{ precision: 0 }}
          rules={[required(t('aid.year'))]}
        />
        <ProFormSelect
          name="aidType"
          label={t('aid.aidType')}
          width="sm"
          disabled={!!program}
          options={aidTypeOptions}
          rules={[selectRequired(t('aid.aidType'))]}
        />
        <ProFormText
          name="name"
          label={t('aid.programName')}
          width="md"
          placeholder={t('aid.programNamePlaceholder')}
          fieldProps={{ maxLength: 128 }}
        />
      </ProFormGroup>
      <ProFormTextArea
        name="description"
        label={t('aid.description')}
        fieldProps={{ rows: 2, maxLength: 4000, showCount: true }}
      />
      <ProFormGroup>
        <ProFormDigit
          name="amountFen"
          label={t('aid.amountYuan')}
          width="sm"
          min={0.01}
          max={1_000_000}
          fieldProps={{ precision: 2 }}
          rules={[required(t('aid.amountYuan'))]}
          {...yuanInput}
        />
        <ProFormDigit
          name="quota"
          label={t('aid.quota')}
          width="xs"
          min={1}
          max={100_000}
          fieldProps={{ precision: 0 }}
          rules={[required(t('aid.quota'))]}
        />
        <ProFormDateRangePicker
          name="window"
          label={t('aid.window')}
          width="md"
          rules={[selectRequired(t('aid.window'))]}
        />
      </ProFormGroup>
      <ProFormSwitch name="split" label={t('aid.splitQuota')} extra={t('aid.splitQuotaHelp')} />
      {split && (
        <Form.Item
          name="regionQuotas"
          label={t('aid.regionQuotas')}
          dependencies={['quota']}
          rules={[
            ({ getFieldValue }) => ({
              async validator(_, value?: Record<string, number | null>) {
                const total = getFieldValue('quota') as number | undefined;
                const sum = sumOf(value);
                if (sum !== total) throw new Error(t('aid.regionQuotasMismatch', { sum, quota: total ?? 0 }));
              },
            }),
          ]}
        >
          <RegionQuotaInput cities={cities} quota={quota} />
        </Form.Item>
      )}
      <ProFormList<AidAttachmentRequirement>
        name="requiredAttachments"
        label={t('aid.requiredAttachments')}
        max={10}
        copyIconProps={false}
        creatorButtonProps={{ creatorButtonText: t('aid.attachmentAdd') }}
        creatorRecord={{ key: '', label: '' }}
      >
        <ProFormGroup>
          <ProFormText
            name="key"
            label={t('aid.attachmentKey')}
            width="sm"
            placeholder={t('aid.attachmentKeyPlaceholder')}
            rules={[
              required(t('aid.attachmentKey')),
              { pattern: FIELD_RULES.key.pattern, message: t('aid.attachmentKeyRule') },
              ({ getFieldValue }) => ({
                async validator(_, value: unknown) {
                  const all = (getFieldValue('requiredAttachments') as AidAttachmentRequirement[] | undefined) ?? [];
                  if (value && all.filter((r) => r?.key === value).length > 1) {
                    throw new Error(t('aid.attachmentKeyDuplicate'));
                  }
                },
              }),
            ]}
          />
          <ProFormText
            name="label"
            label={t('aid.attachmentLabel')}
            width="md"
            fieldProps={{ maxLength: 64 }}
            rules={[{ ...required(t('aid.attachmentLabel')), whitespace: true }]}
          />
        </ProFormGroup>
      </ProFormList>
      <ProFormGroup>
        <ProFormDigit
          name="outcomeTarget"
          label={t('aid.outcomeTarget')}
          width="xs"
          min={0}
          fieldProps={{ precision: 0 }}
          rules={[required(t('aid.outcomeTarget'))]}
        />
        <ProFormDigit
          name="minAge"
          label={t('aid.minAge')}
          width="xs"
          min={14}
          max={80}
          fieldProps={{ precision: 0 }}
          rules={[required(t('aid.minAge'))]}
        />
        <ProFormDigit
          name="maxAge"
          label={t('aid.maxAge')}
          width="xs"
          min={15}
          max={100}
          fieldProps={{ precision: 0 }}
          dependencies={['minAge']}
          rules={[
            required(t('aid.maxAge')),
            ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
              async validator(_: unknown, value: unknown) {
                const min = getFieldValue('minAge') as number | undefined;
                if (typeof value === 'number' && typeof min === 'number' && value <= min) {
                  throw new Error(t('aid.ageOrder'));
                }
              },
            }),
          ]}
        />
        <ProFormSwitch name="onePerYear" label={t('aid.onePerYear')} />
      </ProFormGroup>
    </FormModal>
  );
}
