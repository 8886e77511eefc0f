import { ProForm, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import {
  TRAINING_BASE_CRITERION_LABELS,
  TrainingBaseCriterion,
  type TrainingBaseKind,
  type TrainingBaseRequest,
  type TrainingBaseResponse,
  FIELD_RULES,
} from '@steadywork/shared';
import { Col, Divider, Form } from 'antd';
import { Fragment, useEffect } from 'react';
import { useAuth } from '../../../access/auth-context';
import {
  AttachmentsInput,
  attachmentIds,
  toAttachmentFiles,
  type AttachmentFile,
} from '../../../components/Attachments';
import { RegionCascader } from '../../../components/RegionCascader';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { pathTo, useRegionTree } from '../../../services/regions';
import { baseKindOptions } from '../labels';
import { amendBase, applyBase } from '../service';

interface CriterionValues {
  description: string;
  evidence: AttachmentFile[];
}

interface Values {
  name: string;
  kind: TrainingBaseKind;
  centerId?: number | null;
  regionCode: string[];
  address: string;
  contactName: string;
  contactPhone: string;
  criteria: Record<TrainingBaseCriterion, CriterionValues>;
}

interface Props {
  /** null: a new application. */
  base: TrainingBaseResponse | null;
  onClose(): void;
  onSaved(base: TrainingBaseResponse): void;
}

export const CRITERIA = Object.values(TrainingBaseCriterion) as TrainingBaseCriterion[];
const MAX_EVIDENCE = 10;

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

function initialValues(base: TrainingBaseResponse | null): Partial<Values> {
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      {
        description: base?.criteria[c]?.description ?? '',
        evidence: toAttachmentFiles(base?.criteria[c]?.evidence ?? []),
      },
    ]),
  ) as Record<TrainingBaseCriterion, CriterionValues>;
  if (!base) return { criteria };
  return {
    name: base.name,
    kind: base.kind,
    centerId: base.centerId ?? undefined,
    address: base.address,
    contactName: base.contactName,
    contactPhone: base.contactPhone,
    criteria,
  };
}

/** 申报 / 修改申报 a training base: who applies, and the four criteria each with evidence. */
export function BaseFormModal({ base, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);

  useEffect(() => {
    if (!tree || form.getFieldValue('regionCode')?.length) return;
    const path = pathTo(tree, base?.regionCode ?? me?.organization.regionCode ?? '');
    if (path) form.setFieldValue('regionCode', path);
  }, [tree, base, me, form]);

  return (
    <FormModal
      form={form}
      title={base ? t('training.baseAmendTitle', { name: base.name }) : t('training.baseApplyTitle')}
      name="base"
      width={860}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={initialValues(base)}
      // An error on one evidence file (`criteria.site.evidence.0`) shows on the criterion's evidence field.
      routeErrors={(path) => (path.includes('evidence') ? path.slice(0, path.indexOf('evidence') + 1) : path)}
      submit={async (values: Values, errors) => {
        const uploading = CRITERIA.filter((c) => values.criteria[c]?.evidence?.some((f) => f.status === 'uploading'));
        if (uploading.length) {
          form.setFields(
            uploading.map((c) => ({ name: ['criteria', c, 'evidence'], errors: [t('files.stillUploading')] })),
          );
          return false;
        }
        const body: TrainingBaseRequest = {
          name: values.name.trim(),
          kind: values.kind,
          centerId: values.centerId ?? null,
          regionCode: values.regionCode[values.regionCode.length - 1],
          address: values.address.trim(),
          contactName: values.contactName.trim(),
          contactPhone: values.contactPhone.trim(),
          criteria: Object.fromEntries(
            CRITERIA.map((c) => [
              c,
              {
                description: values.criteria[c].description.trim(),
                evidence: attachmentIds(values.criteria[c].evidence),
              },
            ]),
          ) as TrainingBaseRequest['criteria'],
        };
        return base ? amendBase(base.id, body, errors) : applyBase(body, errors);
      }}
      success={t(base ? 'training.baseAmended' : 'training.baseApplied')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormText
        name="name"
        label={t('training.baseName')}
        fieldProps={{ maxLength: 128 }}
        rules={[required(t('training.baseName'))]}
      />
      <ProFormSelect
        name="kind"
        label={t('training.baseKind')}
        options={baseKindOptions}
        rules={[selectRequired(t('training.baseKind'))]}
      />
      <Col span={12}>
        <ProForm.Item name="regionCode" label={t('training.region')} rules={[selectRequired(t('training.region'))]}>
          <RegionCascader tree={tree} anyLevel placeholder={t('training.region')} />
        </ProForm.Item>
      </Col>
      <ProFormText
        name="address"
        label={t('training.address')}
        fieldProps={{ maxLength: 255 }}
        rules={[required(t('training.address'))]}
      />
      <ProFormText
        name="contactName"
        label={t('training.contactName')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('training.contactName'))]}
      />
      <ProFormText
        name="contactPhone"
        label={t('training.contactPhone')}
        fieldProps={{ maxLength: 32 }}
        rules={[
          required(t('training.contactPhone')),
          { pattern: FIELD_RULES.contactPhone.pattern, message: t('training.contactPhoneInvalid') },
        ]}
      />
      <ProFormDigit
        name="centerId"
        label={t('training.baseCenter')}
        extra={t('training.baseCenterHelp')}
        min={1}
        fieldProps={{ precision: 0 }}
      />
      {CRITERIA.map((c) => (
        <Fragment key={c}>
          <Col span={24}>
            <Divider orientation="left" style={{ margin: '8px 0 16px' }}>
              {TRAINING_BASE_CRITERION_LABELS[c]}
            </Divider>
          </Col>
          <ProFormTextArea
            name={['criteria', c, 'description']}
            label={t('training.criterionDescription')}
            placeholder={t('training.criterionDescriptionPlaceholder')}
            colProps={{ span: 24 }}
            fieldProps={{ rows: 2, maxLength: 2000, showCount: true }}
            rules={[required(t('training.criterionDescription'))]}
          />
          <Col span={24}>
            <Form.Item
              name={['criteria', c, 'evidence']}
              label={t('training.criterionEvidence')}
              extra={t('files.hint', { max: MAX_EVIDENCE })}
              rules={[
                {
                  validator: async (_, files?: AttachmentFile[]) => {
                    if (files?.some((file) => file.status === 'error')) throw new Error(t('files.removeFailed'));
                    if (!files?.some((file) => file.status === 'done')) {
                      throw new Error(t('training.criterionEvidenceRequired'));
                    }
                  },
                },
              ]}
            >
              <AttachmentsInput max={MAX_EVIDENCE} />
            </Form.Item>
          </Col>
        </Fragment>
      ))}
    </FormModal>
  );
}
