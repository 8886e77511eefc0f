import {
  ProFormDatePicker,
  ProFormDependency,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  JOB_EVENT_KIND_LABELS,
  JobPostingStatus,
  type JobEventKind,
  type JobEventRequest,
  type JobEventResponse,
} from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { dayjs } from '../../../services/time';
import { optionsOf } from '../../../utils/options';
import { listEmployers, listPostings } from '../service';
import { createEvent, updateEvent } from './service';

interface Values {
  kind: JobEventKind;
  title: string;
  startsOn: string | dayjs.Dayjs;
  endsOn: string | dayjs.Dayjs;
  online: boolean;
  venue?: string;
  onlineUrl?: string;
  description?: string;
  employerIds?: number[];
  postingIds?: number[];
}

interface Props {
  event: JobEventResponse | null;
  onClose(): void;
  onSaved(event: JobEventResponse): void;
}

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });
const day = (v: string | dayjs.Dayjs) => (typeof v === 'string' ? v : v.format('YYYY-MM-DD'));

/** The open postings of the scope (and the event's own), to pick from. */
async function postingOptions(event: JobEventResponse | null) {
  const page = await listPostings({ status: JobPostingStatus.OPEN, page: 1, pageSize: 100 });
  const options = page.items.map((p) => ({ value: p.id, label: `${p.title} · ${p.employerName}` }));
  for (const p of event?.postings ?? []) {
    if (!options.some((o) => o.value === p.id)) options.push({ value: p.id, label: `${p.title} · ${p.employerName}` });
  }
  return options;
}

async function employerOptions(event: JobEventResponse | null, keyword?: string) {
  const page = await listEmployers({ keyword, page: 1, pageSize: 50 });
  const options = page.items.map((e) => ({ value: e.id, label: e.name }));
  for (const e of event?.employers ?? []) {
    if (!options.some((o) => o.value === e.id)) options.push({ value: e.id, label: e.name });
  }
  return options;
}

/** 新建 / 编辑 a recruitment event: its period, venue or link, employers and approved postings. */
export function EventFormModal({ event, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values, JobEventResponse>
      form={form}
      title={event ? t('jobEvents.editTitle', { title: event.title }) : t('jobEvents.createTitle')}
      name="job-event"
      width={760}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={
        event
          ? {
              kind: event.kind,
              title: event.title,
              startsOn: event.startsOn,
              endsOn: event.endsOn,
              online: event.online,
              venue: event.venue ?? undefined,
              onlineUrl: event.onlineUrl ?? undefined,
              description: event.description ?? undefined,
              employerIds: event.employers.map((e) => e.id),
              postingIds: event.postings.map((p) => p.id),
            }
          : { online: false }
      }
      submit={(values, errors) => {
        const body: JobEventRequest = {
          kind: values.kind,
          title: values.title.trim(),
          startsOn: day(values.startsOn),
          endsOn: day(values.endsOn),
          online: !!values.online,
          venue: values.online ? null : values.venue?.trim() || null,
          onlineUrl: values.online ? values.onlineUrl?.trim() || null : null,
          description: values.description?.trim() || null,
          employerIds: values.employerIds ?? [],
          postingIds: values.postingIds ?? [],
        };
        return event ? updateEvent(event.id, body, errors) : createEvent(body, errors);
      }}
      success={t(event ? 'jobEvents.updated' : 'jobEvents.created')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormSelect
        name="kind"
        label={t('jobEvents.kind')}
        options={optionsOf(JOB_EVENT_KIND_LABELS)}
        rules={[selectRequired(t('jobEvents.kind'))]}
      />
      <ProFormText
        name="title"
        label={t('jobEvents.title')}
        fieldProps={{ maxLength: 64 }}
        rules={[required(t('jobEvents.title'))]}
      />
      <ProFormDatePicker
        name="startsOn"
        label={t('jobEvents.startsOn')}
        width="100%"
        rules={[selectRequired(t('jobEvents.startsOn'))]}
      />
      <ProFormDatePicker
        name="endsOn"
        label={t('jobEvents.endsOn')}
        width="100%"
        rules={[selectRequired(t('jobEvents.endsOn'))]}
      />
      <ProFormSwitch name="online" label={t('jobEvents.online')} colProps={{ span: 6 }} />
      <ProFormDependency name={['online']}>
        {({ online }) =>
          online ? (
            <ProFormText
              name="onlineUrl"
              label={t('jobEvents.onlineUrl')}
              colProps={{ span: 18 }}
              fieldProps={{ maxLength: 255, placeholder: 'https://' }}
              rules={[required(t('jobEvents.onlineUrl'))]}
            />
          ) : (
            <ProFormText
              name="venue"
              label={t('jobEvents.venue')}
              colProps={{ span: 18 }}
              fieldProps={{ maxLength: 255 }}
              rules={[required(t('jobEvents.venue'))]}
            />
          )
        }
      </ProFormDependency>
      <ProFormSelect
        name="postingIds"
        label={t('jobEvents.postings')}
        extra={t('jobEvents.postingsHelp')}
        colProps={{ span: 24 }}
        mode="multiple"
        request={() => postingOptions(event)}
      />
      <ProFormSelect
        name="employerIds"
        label={t('jobEvents.employers')}
        extra={t('jobEvents.employersHelp')}
        colProps={{ span: 24 }}
        mode="multiple"
        showSearch
        debounceTime={300}
        request={({ keyWords }: { keyWords?: string }) => employerOptions(event, keyWords)}
      />
      <ProFormTextArea
        name="description"
        label={t('jobEvents.description')}
        colProps={{ span: 24 }}
        fieldProps={{ maxLength: 4000, rows: 3 }}
      />
    </FormModal>
  );
}
