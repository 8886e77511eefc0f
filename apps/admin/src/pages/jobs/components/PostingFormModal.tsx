import {
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { EDUCATION_LABELS, type Education, type JobPostingRequest, type JobPostingResponse } from '@steadywork/shared';
import { Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import type { FieldErrorTarget, FieldPath } from '../../../services/request';
import { dayjs } from '../../../services/time';
import { fenOfYuan } from '../../../utils/money';
import { optionsOf } from '../../../utils/options';
import { createPosting, updatePosting } from '../service';
import { useWorkPlaceTree, WorkPlaceFields } from './WorkPlaceFields';

interface Values {
  title: string;
  occupation: string;
  /** The codes from the province down to the county. */
  regionCode: string[];
  address: string;
  latitude: number;
  longitude: number;
  headcount: number;
  /** 元 a month. */
  wageMin: number;
  wageMax: number;
  skills?: string[];
  education?: Education;
  ageMin?: number;
  ageMax?: number;
  contactName: string;
  contactPhone: string;
  description: string;
  validUntil: string | dayjs.Dayjs;
}

interface Props {
  /** null: a new draft. */
  posting: JobPostingResponse | null;
  onClose(): void;
  onSaved(posting: JobPostingResponse): void;
  /** Another kind of posting (a public-welfare post): its title, its fields first, where it is sent. */
  variant?: {
    title: string;
    fields: ReactNode;
    submit(
      values: Values & { [field: string]: unknown },
      body: JobPostingRequest,
      errors: FieldErrorTarget,
    ): Promise<JobPostingResponse>;
  };
}

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/** The API names the wage in fen; the form asks for 元. */
const API_TO_FORM: Record<string, string> = { wageMinFen: 'wageMin', wageMaxFen: 'wageMax' };
export const routePostingErrors = (path: FieldPath): FieldPath =>
  typeof path[0] === 'string' && API_TO_FORM[path[0]] ? [API_TO_FORM[path[0]], ...path.slice(1)] : path;

function initialValues(posting: JobPostingResponse | null): Partial<Values> {
  if (!posting) return { headcount: 1, skills: [] };
  return {
    title: posting.title,
    occupation: posting.occupation,
    address: posting.address,
    latitude: posting.latitude,
    longitude: posting.longitude,
    headcount: posting.headcount,
    wageMin: posting.wageMinFen / 100,
    wageMax: posting.wageMaxFen / 100,
    skills: [...posting.skills],
    education: posting.education ?? undefined,
    ageMin: posting.ageMin ?? undefined,
    ageMax: posting.ageMax ?? undefined,
    contactName: posting.contactName,
    contactPhone: posting.contactPhone,
    description: posting.description,
    validUntil: posting.validUntil,
  };
}

export function toPostingRequest(values: Values): JobPostingRequest {
  return {
    title: values.title.trim(),
    occupation: values.occupation.trim(),
    regionCode: values.regionCode[values.regionCode.length - 1],
    address: values.address.trim(),
    latitude: values.latitude,
    longitude: values.longitude,
    headcount: values.headcount,
    wageMinFen: fenOfYuan(values.wageMin),
    wageMaxFen: fenOfYuan(values.wageMax),
    skills: (values.skills ?? []).map((s) => s.trim()).filter(Boolean),
    education: values.education ?? null,
    ageMin: values.ageMin ?? null,
    ageMax: values.ageMax ?? null,
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    description: values.description.trim(),
    validUntil: typeof values.validUntil === 'string' ? values.validUntil : values.validUntil.format('YYYY-MM-DD'),
  };
}

/** 发布 / 编辑 a posting as a draft (HR): the rules the reviewers apply come back under each field. */
export function PostingFormModal({ posting, onClose, onSaved, variant }: Props) {
  const [form] = Form.useForm<Values>();
  const tree = useWorkPlaceTree(form, posting?.regionCode);

  return (
    <FormModal<Values, JobPostingResponse>
      form={form}
      title={
        variant?.title ??
        (posting ? t('jobs.postingEditTitle', { title: posting.title }) : t('jobs.postingCreateTitle'))
      }
      name="posting"
      width={800}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={initialValues(posting)}
      routeErrors={routePostingErrors}
      submit={(values, errors, idempotencyKey) => {
        const body = toPostingRequest(values);
        if (variant) return variant.submit(values as Values & { [field: string]: unknown }, body, errors);
        return posting ? updatePosting(posting.id, body, errors) : createPosting(body, idempotencyKey, errors);
      }}
      success={t('jobs.postingSaved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      {variant?.fields}
      <ProFormText
        name="title"
        label={t('jobs.title')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('jobs.title'))]}
      />
      <ProFormText
        name="occupation"
        label={t('jobs.occupation')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('jobs.occupation'))]}
      />
      <WorkPlaceFields tree={tree} />
      <ProFormDigit
        name="headcount"
        label={t('jobs.headcount')}
        min={1}
        max={10_000}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('jobs.headcount'))]}
      />
      <ProFormDatePicker
        name="validUntil"
        label={t('jobs.validUntil')}
        width="100%"
        rules={[selectRequired(t('jobs.validUntil'))]}
      />
      <ProFormDigit
        name="wageMin"
        label={t('jobs.wageMin')}
        min={0}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('jobs.wageMin'))]}
      />
      <ProFormDigit
        name="wageMax"
        label={t('jobs.wageMax')}
        min={0}
        fieldProps={{ precision: 0 }}
        dependencies={['wageMin']}
        rules={[
          selectRequired(t('jobs.wageMax')),
          ({ getFieldValue }: FormInstance) => ({
            validator: async (_: unknown, value: unknown) => {
              const min = getFieldValue('wageMin') as number | undefined;
              if (typeof value === 'number' && typeof min === 'number' && value < min) {
                throw new Error(t('jobs.wageOrder'));
              }
            },
          }),
        ]}
      />
      <ProFormSelect
        name="skills"
        label={t('jobs.skills')}
        placeholder={t('jobs.skillsPlaceholder')}
        fieldProps={{ mode: 'tags', open: false, tokenSeparators: [',', '，', '、'], maxCount: 20 }}
      />
      <ProFormSelect
        name="education"
        label={t('jobs.education')}
        placeholder={t('jobs.educationAny')}
        options={optionsOf(EDUCATION_LABELS)}
        allowClear
      />
      <ProFormDigit name="ageMin" label={t('jobs.ageMin')} min={16} max={70} fieldProps={{ precision: 0 }} />
      <ProFormDigit
        name="ageMax"
        label={t('jobs.ageMax')}
        min={16}
        max={70}
        fieldProps={{ precision: 0 }}
        dependencies={['ageMin']}
        rules={[
          ({ getFieldValue }: FormInstance) => ({
            validator: async (_: unknown, value: unknown) => {
              const min = getFieldValue('ageMin') as number | undefined;
              if (typeof value === 'number' && typeof min === 'number' && value < min) {
                throw new Error(t('jobs.ageOrder'));
              }
            },
          }),
        ]}
      />
      <ProFormText
        name="contactName"
        label={t('jobs.contactName')}
        fieldProps={{ maxLength: 32 }}
        rules={[required(t('jobs.contactName'))]}
      />
      <ProFormText
        name="contactPhone"
        label={t('jobs.contactPhone')}
        fieldProps={{ maxLength: 32 }}
        rules={[required(t('jobs.contactPhone'))]}
      />
      <ProFormTextArea
        name="description"
        label={t('jobs.description')}
        colProps={{ span: 24 }}
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={[required(t('jobs.description'))]}
      />
    </FormModal>
  );
}
