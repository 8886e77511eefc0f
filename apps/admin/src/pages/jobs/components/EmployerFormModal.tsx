import { ProForm, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import {
  EMPLOYER_SIZE_LABELS,
  type EmployerRequest,
  type EmployerResponse,
  type EmployerSize,
} from '@steadywork/shared';
import { Col, Form } from 'antd';
import { useEffect } from 'react';
import { useAuth } from '../../../access/auth-context';
import { RegionCascader } from '../../../components/RegionCascader';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { pathTo, useRegionTree } from '../../../services/regions';
import { optionsOf } from '../../../utils/options';
import { listPartnerUnions } from '../events/service';
import { createEmployer, updateEmployer } from '../service';

interface Values {
  name: string;
  creditCode: string;
  regionCode: string[];
  industry: string;
  size: EmployerSize;
  address?: string;
  contactPhone?: string;
  partnerUnionId?: number | null;
}

interface Props {
  employer: EmployerResponse | null;
  onClose(): void;
  onSaved(employer: EmployerResponse): void;
}

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/** 登记 / 编辑 an employer: the credit code is checked by the API (GB 32100, already registered). */
export function EmployerFormModal({ employer, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);

  useEffect(() => {
    if (!tree || form.getFieldValue('regionCode')?.length) return;
    const path = pathTo(tree, employer?.regionCode ?? me?.organization.regionCode ?? '');
    if (path) form.setFieldValue('regionCode', path);
  }, [tree, employer, me, form]);

  return (
    <FormModal<Values, EmployerResponse>
      form={form}
      title={employer ? t('jobs.employerEditTitle', { name: employer.name }) : t('jobs.employerCreateTitle')}
      name="employer"
      width={720}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={
        employer
          ? {
              name: employer.name,
              creditCode: employer.creditCode,
              industry: employer.industry,
              size: employer.size,
              address: employer.address ?? undefined,
              contactPhone: employer.contactPhone ?? undefined,
              partnerUnionId: employer.partnerUnionId,
            }
          : {}
      }
      submit={(values, errors) => {
        const body: EmployerRequest = {
          name: values.name.trim(),
          creditCode: values.creditCode.trim().toUpperCase(),
          regionCode: values.regionCode[values.regionCode.length - 1],
          industry: values.industry.trim(),
          size: values.size,
          address: values.address?.trim() || undefined,
          contactPhone: values.contactPhone?.trim() || undefined,
          // an edit sends null to clear it; a new employer leaves it out unless picked
          partnerUnionId: values.partnerUnionId ?? (employer ? null : undefined),
        };
        return employer ? updateEmployer(employer.id, body, errors) : createEmployer(body, errors);
      }}
      success={t(employer ? 'jobs.employerUpdated' : 'jobs.employerCreated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormText
        name="name"
        label={t('jobs.employerName')}
        fieldProps={{ maxLength: 128 }}
        rules={[required(t('jobs.employerName'))]}
      />
      <ProFormText
        name="creditCode"
        label={t('jobs.creditCode')}
        extra={t('jobs.creditCodeHelp')}
        fieldProps={{ maxLength: 18 }}
        rules={[required(t('jobs.creditCode'))]}
      />
      <Col span={12}>
        <ProForm.Item name="regionCode" label={t('jobs.region')} rules={[selectRequired(t('jobs.region'))]}>
          <RegionCascader tree={tree} anyLevel placeholder={t('jobs.region')} />
        </ProForm.Item>
      </Col>
      <ProFormText
        name="industry"
        label={t('jobs.industry')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('jobs.industry'))]}
      />
      <ProFormSelect
        name="size"
        label={t('jobs.size')}
        options={optionsOf(EMPLOYER_SIZE_LABELS)}
        rules={[selectRequired(t('jobs.size'))]}
      />
      <ProFormText name="contactPhone" label={t('jobs.contactPhone')} fieldProps={{ maxLength: 32 }} />
      <ProFormSelect
        name="partnerUnionId"
        label={t('jobEvents.partnerUnion')}
        placeholder={t('jobEvents.partnerUnionNone')}
        fieldProps={{ allowClear: true }}
        request={async () =>
          (await listPartnerUnions()).map((u) => ({
            value: u.id,
            label: t('jobEvents.partnerOption', { name: u.name, region: u.pairedRegionName }),
          }))
        }
      />
      <ProFormText name="address" label={t('jobs.address')} colProps={{ span: 24 }} fieldProps={{ maxLength: 255 }} />
    </FormModal>
  );
}
