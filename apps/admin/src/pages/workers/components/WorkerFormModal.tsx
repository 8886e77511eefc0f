import { ProForm, ProFormSelect, ProFormSwitch, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import {
  RESIDENT_ID_PROBLEM_MESSAGES,
  RegionLevel,
  isValidMobile,
  parseResidentId,
  type Education,
  type EmploymentStatus,
  type RegionNode,
  type WorkerResponse,
  type WorkerTag,
} from '@steadywork/shared';
import { Col, Form } from 'antd';
import { useEffect, useMemo } from 'react';
import { useAuth } from '../../../access/auth-context';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { RegionCascader } from '../../../components/RegionCascader';
import { countiesOf, findRegion, pathTo, useRegionTree } from '../../../services/regions';
import { assignableTagOptions, educationOptions, employmentOptions, ethnicityOptions, sexLabel } from '../labels';
import { createWorker, updateWorker } from '../service';

interface Values {
  name: string;
  idNumber: string;
  /** Editing: shown, never sent. */
  idNumberMasked?: string;
  phone?: string;
  /** The cascader's path of codes, province first: the county is the last. */
  regionCode: string[];
  ethnicity?: string;
  employer?: string;
  unionMember?: boolean;
  employmentStatus: EmploymentStatus;
  education?: Education;
  skills?: string[];
  employmentIntention?: string;
  trainingNeeds?: string;
  tags?: WorkerTag[];
}

interface Props {
  /** null: register a new worker. */
  worker: WorkerResponse | null;
  open: boolean;
  onClose(): void;
  onSaved(worker: WorkerResponse): void;
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/** The ID number as typed: the shared GB 11643 check, worded as the API words it. */
async function residentIdRule(_: unknown, value: unknown): Promise<void> {
  if (typeof value !== 'string' || !value.trim()) return;
  const info = parseResidentId(value);
  if (info.problem) throw new Error(RESIDENT_ID_PROBLEM_MESSAGES[info.problem]);
}

async function phoneRule(_: unknown, value: unknown): Promise<void> {
  if (typeof value === 'string' && value.trim() && !isValidMobile(value)) throw new Error(t('workers.phoneInvalid'));
}

function countyRule(tree: RegionNode | null) {
  return {
    async validator(_: unknown, value: unknown) {
      const codes = Array.isArray(value) ? (value as string[]) : [];
      const code = codes[codes.length - 1];
      if (!code || !tree) return;
      if (findRegion(tree, code)?.level !== RegionLevel.COUNTY) throw new Error(t('workers.countyRequired'));
    },
  };
}

const trimmed = (s?: string) => s?.trim() || undefined;

/** Registers a worker (POST /workers) or edits one (PATCH /workers/:id: everything but the ID number). */
export function WorkerFormModal({ worker, open, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);
  const creating = worker === null;

  const idNumber = Form.useWatch('idNumber', form);
  const derived = useMemo(() => (idNumber ? parseResidentId(idNumber) : null), [idNumber]);

  // A registration starts in the user's county when their scope has only one.
  useEffect(() => {
    if (!tree) return;
    if (creating) {
      const counties = countiesOf(tree);
      if (counties.length === 1 && !form.getFieldValue('regionCode')?.length) {
        form.setFieldValue('regionCode', pathTo(tree, counties[0].code));
      }
    } else if (!form.getFieldValue('regionCode')?.length) {
      const path = pathTo(tree, worker.regionCode);
      if (path) form.setFieldValue('regionCode', path);
    }
  }, [tree, creating, worker, form]);

  return (
    <FormModal
      form={form}
      title={creating ? t('workers.createTitle') : t('workers.editTitle', { name: worker.name })}
      name="worker"
      open={open}
      width={760}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={
        creating
          ? { unionMember: false, tags: [], skills: [] }
          : {
              name: worker.name,
              idNumberMasked: worker.idNumberMasked,
              ethnicity: worker.ethnicity ?? undefined,
              employer: worker.employer ?? undefined,
              unionMember: worker.unionMember,
              employmentStatus: worker.employmentStatus,
              education: worker.education ?? undefined,
              skills: worker.skills,
              employmentIntention: worker.employmentIntention ?? undefined,
              trainingNeeds: worker.trainingNeeds ?? undefined,
              tags: worker.tags.filter((tag) => assignableTagOptions.some((o) => o.value === tag)),
            }
      }
      submit={async (values: Values, errors) => {
        const regionCode = values.regionCode[values.regionCode.length - 1];
        const profile = {
          name: values.name.trim(),
          regionCode,
          ethnicity: values.ethnicity || undefined,
          employer: trimmed(values.employer),
          unionMember: !!values.unionMember,
          employmentStatus: values.employmentStatus,
          education: values.education || undefined,
          skills: (values.skills ?? []).map((s) => s.trim()).filter(Boolean),
          employmentIntention: trimmed(values.employmentIntention),
          trainingNeeds: trimmed(values.trainingNeeds),
          tags: values.tags ?? [],
        };
        return creating
          ? createWorker(
              { ...profile, idNumber: values.idNumber.trim().toUpperCase(), phone: values.phone!.trim() },
              form,
            )
          : updateWorker(worker.id, { ...profile, phone: trimmed(values.phone) }, errors);
      }}
      success={creating ? t('workers.created') : t('workers.updated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormText
        name="name"
        label={t('workers.name')}
        fieldProps={{ maxLength: 64, autoComplete: 'off' }}
        rules={[
          required(t('workers.name')),
          { pattern: /^[\u4e00-\u9fa5·A-Za-z\s]+$/, message: t('workers.nameRule') },
        ]}
      />
      {creating ? (
        <ProFormText
          name="idNumber"
          label={t('workers.idNumber')}
          placeholder={t('workers.idNumberPlaceholder')}
          fieldProps={{ maxLength: 18, autoComplete: 'off' }}
          validateFirst
          rules={[required(t('workers.idNumber')), { validator: residentIdRule }]}
          extra={
            derived?.valid ? (
              <span data-testid="id-derived">
                {t('workers.idDerived', { birthDate: derived.birthDate!, sex: sexLabel(derived.sex!) })}
              </span>
            ) : undefined
          }
        />
      ) : (
        <ProFormText name="idNumberMasked" label={t('workers.idNumber')} disabled />
      )}
      <ProFormText
        name="phone"
        label={t('workers.phone')}
        placeholder={creating ? undefined : t('workers.phoneKeep', { masked: worker.phoneMasked })}
        fieldProps={{ maxLength: 11, autoComplete: 'off' }}
        rules={creating ? [required(t('workers.phone')), { validator: phoneRule }] : [{ validator: phoneRule }]}
      />
      {/* Not a ProForm field: the grid does not wrap it in a column by itself. */}
      <Col span={12}>
        <ProForm.Item
          name="regionCode"
          label={t('workers.county')}
          rules={[selectRequired(t('workers.county')), countyRule(tree)]}
        >
          <RegionCascader tree={tree} placeholder={t('workers.county')} />
        </ProForm.Item>
      </Col>
      <ProFormSelect
        name="ethnicity"
        label={t('workers.ethnicity')}
        options={ethnicityOptions}
        showSearch
        fieldProps={{ optionFilterProp: 'label' }}
      />
      <ProFormText name="employer" label={t('workers.employer')} fieldProps={{ maxLength: 128 }} />
      <ProFormSelect
        name="employmentStatus"
        label={t('workers.employmentStatus')}
        options={employmentOptions}
        rules={[selectRequired(t('workers.employmentStatus'))]}
      />
      <ProFormSelect name="education" label={t('workers.education')} options={educationOptions} />
      <ProFormSwitch
        name="unionMember"
        label={t('workers.unionMember')}
        fieldProps={{ checkedChildren: t('common.yes'), unCheckedChildren: t('common.no') }}
      />
      <ProFormSelect
        name="tags"
        label={t('workers.tags')}
        mode="multiple"
        options={assignableTagOptions}
        fieldProps={{ optionFilterProp: 'label' }}
      />
      <ProFormSelect
        name="skills"
        label={t('workers.skills')}
        placeholder={t('workers.skillsPlaceholder')}
        fieldProps={{ mode: 'tags', open: false, tokenSeparators: [',', '，', '、'], maxCount: 20 }}
      />
      <ProFormText
        name="employmentIntention"
        label={t('workers.employmentIntention')}
        fieldProps={{ maxLength: 255 }}
      />
      <ProFormTextArea
        name="trainingNeeds"
        label={t('workers.trainingNeeds')}
        colProps={{ span: 24 }}
        fieldProps={{ maxLength: 255, rows: 2 }}
      />
    </FormModal>
  );
}
