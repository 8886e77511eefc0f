import {
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  GIG_KINDS,
  GIG_PAY_KIND_LABELS,
  GigPayKind,
  type GigJobRequest,
  type GigJobResponse,
} from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import type { FieldPath } from '../../../services/request';
import { dayjs } from '../../../services/time';
import { fenOfYuan } from '../../../utils/money';
import { optionsOf } from '../../../utils/options';
import { useWorkPlaceTree, WorkPlaceFields } from '../components/WorkPlaceFields';
import { createGig } from '../gig-service';

interface Values {
  title: string;
  kinds: string[];
  startsOn: string | dayjs.Dayjs;
  days: number;
  hoursPerDay?: number;
  payKind: GigPayKind;
  /** 元 a day or a piece. */
  pay: number;
  pieceUnit?: string;
  headcount: number;
  regionCode: string[];
  address: string;
  latitude: number;
  longitude: number;
  contactName: string;
  contactPhone: string;
  description?: string;
}

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });
const routeErrors = (path: FieldPath): FieldPath => (path[0] === 'payFen' ? ['pay', ...path.slice(1)] : path);

function toRequest(v: Values): GigJobRequest {
  return {
    title: v.title.trim(),
    kinds: v.kinds.map((k) => k.trim()).filter(Boolean),
    startsOn: typeof v.startsOn === 'string' ? v.startsOn : v.startsOn.format('YYYY-MM-DD'),
    days: v.days,
    hoursPerDay: v.hoursPerDay ?? null,
    payKind: v.payKind,
    payFen: fenOfYuan(v.pay),
    pieceUnit: v.payKind === GigPayKind.PIECE ? (v.pieceUnit?.trim() ?? null) : null,
    headcount: v.headcount,
    regionCode: v.regionCode[v.regionCode.length - 1],
    address: v.address.trim(),
    latitude: v.latitude,
    longitude: v.longitude,
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    description: v.description?.trim() || null,
  };
}

/** 发布零工 (HR for their company, union staff in their region): open at once, the rules come back under each field. */
export function GigFormModal({ onClose, onSaved }: { onClose(): void; onSaved(gig: GigJobResponse): void }) {
  const [form] = Form.useForm<Values>();
  const tree = useWorkPlaceTree(form);

  return (
    <FormModal<Values, GigJobResponse>
      form={form}
      title={t('jobsGig.gigCreateTitle')}
      name="gig"
      width={800}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={{ days: 1, headcount: 1, payKind: GigPayKind.DAY, kinds: [] }}
      routeErrors={routeErrors}
      submit={(values, errors) => createGig(toRequest(values), errors)}
      success={t('jobsGig.gigSaved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormText
        name="title"
        label={t('jobsGig.gigTitle')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('jobsGig.gigTitle'))]}
      />
      <ProFormSelect
        name="kinds"
        label={t('jobsGig.kinds')}
        placeholder={t('jobsGig.kindsPlaceholder')}
        options={GIG_KINDS.map((k) => ({ label: k, value: k }))}
        fieldProps={{ mode: 'tags', tokenSeparators: [',', '，', '、'], maxCount: 5 }}
        rules={[selectRequired(t('jobsGig.kinds'))]}
      />
      <ProFormDatePicker
        name="startsOn"
        label={t('jobsGig.startsOn')}
        width="100%"
        rules={[selectRequired(t('jobsGig.startsOn'))]}
      />
      <ProFormDigit
        name="days"
        label={t('jobsGig.days')}
        min={1}
        max={90}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('jobsGig.days'))]}
      />
      <ProFormDigit
        name="hoursPerDay"
        label={t('jobsGig.hoursPerDay')}
        min={1}
        max={12}
        fieldProps={{ precision: 0 }}
      />
      <ProFormRadio.Group
        name="payKind"
        label={t('jobsGig.payKind')}
        options={optionsOf(GIG_PAY_KIND_LABELS)}
        rules={[selectRequired(t('jobsGig.payKind'))]}
      />
      <ProFormDigit
        name="pay"
        label={t('jobsGig.payYuan')}
        min={0.01}
        fieldProps={{ precision: 2 }}
        rules={[selectRequired(t('jobsGig.pay'))]}
      />
      <ProFormDependency name={['payKind']}>
        {({ payKind }) =>
          payKind === GigPayKind.PIECE ? (
            <ProFormText
              name="pieceUnit"
              label={t('jobsGig.pieceUnit')}
              placeholder={t('jobsGig.pieceUnitPlaceholder')}
              fieldProps={{ maxLength: 16 }}
              colProps={{ span: 12 }}
              rules={[required(t('jobsGig.pieceUnit'))]}
            />
          ) : null
        }
      </ProFormDependency>
      <ProFormDigit
        name="headcount"
        label={t('jobsGig.headcount')}
        min={1}
        max={1000}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('jobsGig.headcount'))]}
      />
      <WorkPlaceFields tree={tree} />
      <ProFormText
        name="contactName"
        label={t('jobsGig.contactName')}
        fieldProps={{ maxLength: 32 }}
        rules={[required(t('jobsGig.contactName'))]}
      />
      <ProFormText
        name="contactPhone"
        label={t('jobsGig.contactPhone')}
        fieldProps={{ maxLength: 32 }}
        rules={[required(t('jobsGig.contactPhone'))]}
      />
      <ProFormTextArea
        name="description"
        label={t('jobsGig.description')}
        colProps={{ span: 24 }}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
      />
    </FormModal>
  );
}
