import { FIELD_RULES } from '@steadywork/shared';
import {
  ProForm,
  ProFormCheckbox,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import type { CenterKind, CenterRequest, CenterResponse, CenterService } from '@steadywork/shared';
import { Col, Form } from 'antd';
import { useEffect } from 'react';
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
import { onListFields } from '../../../utils/field-errors';
import { isStation, kindOptions, servicesForKind } from '../labels';
import { createCenter, listCenterOrganizations, updateCenter } from '../service';

interface Values {
  name: string;
  kind: CenterKind;
  /** The codes from the province down to the center's region (any level). */
  regionCode: string[];
  address: string;
  latitude: number;
  longitude: number;
  openingHours: string;
  phone: string;
  services: CenterService[];
  photos?: AttachmentFile[];
  organizationId?: number | null;
  description?: string;
}

interface Props {
  /** null: a new center. */
  center: CenterResponse | null;
  onClose(): void;
  onSaved(center: CenterResponse): void;
}

const MAX_PHOTOS = 9;

/** Roughly the province's extent: a point outside it is most likely a typo or swapped coordinates. */
export const QINGHAI_BOUNDS = { latitude: [31, 40], longitude: [89, 104] } as const;

/** What the API takes for a phone: a mobile, a landline with its area code, or a hotline such as 12351. */

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

/** Hard limits (what a coordinate can be) and a warning outside Qinghai that still lets the form save. */
function coordinateRules(axis: 'latitude' | 'longitude') {
  const limit = axis === 'latitude' ? 90 : 180;
  const [low, high] = QINGHAI_BOUNDS[axis];
  return [
    selectRequired(t(`centers.${axis}`)),
    {
      validator: async (_: unknown, value: unknown) => {
        if (typeof value === 'number' && (value < -limit || value > limit)) {
          throw new Error(t(axis === 'latitude' ? 'centers.latitudeRange' : 'centers.longitudeRange'));
        }
      },
    },
    {
      warningOnly: true,
      validator: async (_: unknown, value: unknown) => {
        if (typeof value === 'number' && Math.abs(value) <= limit && (value < low || value > high)) {
          throw new Error(t(axis === 'latitude' ? 'centers.latitudeOutside' : 'centers.longitudeOutside'));
        }
      },
    },
  ];
}

function initialValues(center: CenterResponse | null): Partial<Values> {
  if (!center) return { services: [], photos: [] };
  return {
    name: center.name,
    kind: center.kind,
    address: center.address,
    latitude: center.latitude,
    longitude: center.longitude,
    openingHours: center.openingHours,
    phone: center.phone,
    services: [...center.services],
    photos: toAttachmentFiles(center.photos),
    organizationId: center.organizationId ?? undefined,
    description: center.description || undefined,
  };
}

async function organizationOptions() {
  const orgs = await listCenterOrganizations();
  return orgs.map((org) => ({ label: `${org.name}（${org.regionName}）`, value: org.id }));
}

/** 新建 / 编辑 a site of the registry: a support or service center, or an outdoor workers' station. */
export function CenterFormModal({ center, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);
  const kind = Form.useWatch('kind', form);

  // The region path needs the tree: an edit shows the center's region once it has loaded.
  useEffect(() => {
    if (!tree || form.getFieldValue('regionCode')?.length) return;
    const path = pathTo(tree, center?.regionCode ?? me?.organization.regionCode ?? '');
    if (path) form.setFieldValue('regionCode', path);
  }, [tree, center, me, form]);

  // A station offers amenities, a center the one-stop services: a change of kind drops what no longer fits.
  useEffect(() => {
    if (!kind) return;
    const allowed = servicesForKind(kind).map((o) => o.value);
    const current = (form.getFieldValue('services') as CenterService[] | undefined) ?? [];
    const kept = current.filter((s) => allowed.includes(s));
    if (kept.length !== current.length) form.setFieldValue('services', kept);
  }, [kind, form]);

  return (
    <FormModal
      form={form}
      title={center ? t('centers.editTitle', { name: center.name }) : t('centers.createTitle')}
      name="center"
      width={760}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={initialValues(center)}
      errorTarget={(f) => onListFields(f, ['services', 'photos'])}
      submit={async (values: Values, errors) => {
        if (values.photos?.some((file) => file.status === 'uploading')) {
          form.setFields([{ name: 'photos', errors: [t('files.stillUploading')] }]);
          return false;
        }
        const body: CenterRequest = {
          name: values.name.trim(),
          kind: values.kind,
          regionCode: values.regionCode[values.regionCode.length - 1],
          address: values.address.trim(),
          latitude: values.latitude,
          longitude: values.longitude,
          openingHours: values.openingHours.trim(),
          phone: values.phone.trim(),
          services: values.services,
          photos: attachmentIds(values.photos),
          organizationId: values.organizationId ?? null,
          description: values.description?.trim() ?? '',
        };
        return center ? updateCenter(center.id, body, errors) : createCenter(body, errors);
      }}
      success={t(center ? 'centers.updated' : 'centers.created')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormText
        name="name"
        label={t('centers.name')}
        fieldProps={{ maxLength: 128 }}
        rules={[required(t('centers.name'))]}
      />
      <ProFormSelect
        name="kind"
        label={t('centers.kind')}
        options={kindOptions}
        rules={[selectRequired(t('centers.kind'))]}
      />
      {/* Not a ProForm field: the grid does not wrap it in a column by itself. */}
      <Col span={12}>
        <ProForm.Item name="regionCode" label={t('centers.region')} rules={[selectRequired(t('centers.region'))]}>
          <RegionCascader tree={tree} anyLevel placeholder={t('centers.region')} />
        </ProForm.Item>
      </Col>
      <ProFormText
        name="address"
        label={t('centers.address')}
        fieldProps={{ maxLength: 255 }}
        rules={[required(t('centers.address'))]}
      />
      <ProFormDigit
        name="latitude"
        label={t('centers.latitude')}
        extra={t('centers.coordinatesHelp')}
        fieldProps={{ precision: 6, step: 0.000001 }}
        rules={coordinateRules('latitude')}
      />
      <ProFormDigit
        name="longitude"
        label={t('centers.longitude')}
        fieldProps={{ precision: 6, step: 0.000001 }}
        rules={coordinateRules('longitude')}
      />
      <ProFormText
        name="openingHours"
        label={t('centers.openingHours')}
        placeholder={t('centers.openingHoursPlaceholder')}
        fieldProps={{ maxLength: 128 }}
        rules={[required(t('centers.openingHours'))]}
      />
      <ProFormText
        name="phone"
        label={t('centers.phone')}
        fieldProps={{ maxLength: 32 }}
        rules={[
          required(t('centers.phone')),
          { pattern: FIELD_RULES.contactPhone.pattern, message: t('centers.phoneInvalid') },
        ]}
      />
      <ProFormCheckbox.Group
        name="services"
        label={isStation(kind) ? t('centers.servicesAmenities') : t('centers.servicesOneStop')}
        colProps={{ span: 24 }}
        options={servicesForKind(kind)}
        rules={[{ required: true, type: 'array', min: 1, message: t('centers.servicesRequired') }]}
      />
      <ProFormSelect
        name="organizationId"
        label={t('centers.organization')}
        extra={t('centers.organizationHelp')}
        colProps={{ span: 24 }}
        request={organizationOptions}
        showSearch
        allowClear
        fieldProps={{ optionFilterProp: 'label' }}
      />
      <Col span={24}>
        <Form.Item
          name="photos"
          label={t('centers.photos')}
          extra={t('centers.photosHint', { max: MAX_PHOTOS })}
          rules={[
            {
              validator: async (_, files?: AttachmentFile[]) => {
                if (files?.some((file) => file.status === 'error')) throw new Error(t('files.removeFailed'));
              },
            },
          ]}
        >
          <AttachmentsInput max={MAX_PHOTOS} imagesOnly />
        </Form.Item>
      </Col>
      <ProFormTextArea
        name="description"
        label={t('centers.description')}
        colProps={{ span: 24 }}
        fieldProps={{ rows: 3, maxLength: 2000, showCount: true }}
      />
    </FormModal>
  );
}
