import { ProForm, ProFormDigit, ProFormText } from '@ant-design/pro-components';
import { Role, type RegionNode } from '@steadywork/shared';
import { Col, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useAuth } from '../../../access/auth-context';
import { RegionCascader } from '../../../components/RegionCascader';
import { t } from '../../../locales';
import { pathTo, useRegionTree } from '../../../services/regions';

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/**
 * The regions a job's place is picked from — HR post where the work is, anywhere in the province;
 * union staff within their region — with `regionCode` preset to `initial` (else the user's region).
 */
export function useWorkPlaceTree(form: FormInstance, initial?: string): RegionNode | null {
  const { me } = useAuth();
  const hrOnly = !!me && me.roles.every((r) => r === Role.HR);
  const tree = useRegionTree(hrOnly ? undefined : me?.organization.regionCode);
  useEffect(() => {
    if (!tree || form.getFieldValue('regionCode')?.length) return;
    const path = pathTo(tree, initial ?? me?.organization.regionCode ?? '');
    if (path) form.setFieldValue('regionCode', path);
  }, [tree, initial, me, form]);
  return tree;
}

/** Where the work is: the county, the address and its coordinates (a posting's or a gig's form). */
export function WorkPlaceFields({ tree }: { tree: RegionNode | null }) {
  return (
    <>
      <Col span={12}>
        <ProForm.Item name="regionCode" label={t('jobs.region')} rules={[selectRequired(t('jobs.region'))]}>
          <RegionCascader tree={tree} placeholder={t('jobs.countyOnly')} />
        </ProForm.Item>
      </Col>
      <ProFormText
        name="address"
        label={t('jobs.address')}
        fieldProps={{ maxLength: 255 }}
        rules={[required(t('jobs.address'))]}
      />
      <ProFormDigit
        name="latitude"
        label={t('jobs.latitude')}
        fieldProps={{ precision: 6, step: 0.000001 }}
        rules={[selectRequired(t('jobs.latitude'))]}
      />
      <ProFormDigit
        name="longitude"
        label={t('jobs.longitude')}
        fieldProps={{ precision: 6, step: 0.000001 }}
        rules={[selectRequired(t('jobs.longitude'))]}
      />
    </>
  );
}
