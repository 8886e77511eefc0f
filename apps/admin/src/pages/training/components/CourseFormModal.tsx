import {
  ProForm,
  ProFormDatePicker,
  ProFormDateTimePicker,
  ProFormDigit,
  ProFormGroup,
  ProFormList,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import {
  TRAINING_DEFAULTS,
  TrainingCourseType,
  type TrainingCourseRequest,
  type TrainerOption,
  type TrainingCourseResponse,
} from '@steadywork/shared';
import { Col, Form, Select, type FormRule } from 'antd';
import { useEffect, useState } from 'react';
import { useAuth } from '../../../access/auth-context';
import { RegionCascader } from '../../../components/RegionCascader';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { pathTo, useRegionTree } from '../../../services/regions';
import { TIME_ZONE, dayjs, formatTime, shanghaiNow, shanghaiToInstant } from '../../../services/time';
import { onListFields } from '../../../utils/field-errors';
import { typeOptions } from '../labels';
import { accreditedBases, createCourse, trainerAccounts, updateCourse } from '../service';

/** Shanghai wall-clock times as the pickers hold them (YYYY-MM-DD HH:mm:ss). */
interface SessionValues {
  id?: number;
  startsAt: string;
  endsAt: string;
}

interface Values {
  title: string;
  type: TrainingCourseType;
  domesticService: boolean;
  organiser: string;
  baseId?: number;
  /** The codes from the province down to the course's region. */
  regionCode: string[];
  venue: string;
  latitude: number;
  longitude: number;
  capacity: number;
  targetGroups: string[];
  /** Staff ids of trainer accounts. */
  trainerIds: number[];
  sessions: SessionValues[];
  completionThreshold: number;
  checkInRadiusMeters?: number | null;
  lateAfterMinutes: number;
  startsOn: string;
  endsOn: string;
  description?: string;
}

interface Props {
  /** null: a new course. */
  course: TrainingCourseResponse | null;
  onClose(): void;
  onSaved(course: TrainingCourseResponse): void;
}

const WALL = 'YYYY-MM-DD HH:mm:ss';
const TARGET_GROUP_SUGGESTIONS = (['hardship', 'migrant', 'laidOff', 'domestic', 'newForms'] as const).map((k) =>
  t(`training.targetGroupSuggestions.${k}`),
);

const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
const selectRequired = (field: string) => ({ required: true, message: t('common.selectRequired', { field }) });

const wallOf = (iso: string) => formatTime(iso, WALL);

/** A picked value as the picker's wall-clock string (ProForm hands strings, antd a Dayjs). */
const wallString = (value: unknown, pattern = WALL) =>
  dayjs.isDayjs(value) ? value.format(pattern) : typeof value === 'string' ? value : '';

/** The session a new row starts as: a day after the last one, at the same hours (or 09:00–11:30). */
export function nextSession(
  sessions: readonly Partial<SessionValues>[] | undefined,
  startsOn?: unknown,
): SessionValues {
  const last = [...(sessions ?? [])].reverse().find((s) => s?.startsAt && s?.endsAt);
  if (last?.startsAt && last.endsAt) {
    return {
      startsAt: dayjs.tz(wallString(last.startsAt), TIME_ZONE).add(1, 'day').format(WALL),
      endsAt: dayjs.tz(wallString(last.endsAt), TIME_ZONE).add(1, 'day').format(WALL),
    };
  }
  const day =
    wallString(startsOn, 'YYYY-MM-DD') ||
    dayjs.tz(shanghaiNow('YYYY-MM-DD'), TIME_ZONE).add(1, 'day').format('YYYY-MM-DD');
  return { startsAt: `${day} 09:00:00`, endsAt: `${day} 11:30:00` };
}

function initialValues(course: TrainingCourseResponse | null): Partial<Values> {
  if (!course) {
    return {
      domesticService: false,
      targetGroups: [],
      trainerIds: [],
      sessions: [nextSession([])],
      completionThreshold: TRAINING_DEFAULTS.completionThreshold,
      lateAfterMinutes: TRAINING_DEFAULTS.lateAfterMinutes,
    };
  }
  return {
    title: course.title,
    type: course.type,
    domesticService: course.domesticService,
    organiser: course.organiser,
    baseId: course.baseId ?? undefined,
    venue: course.venue,
    latitude: course.latitude,
    longitude: course.longitude,
    capacity: course.capacity,
    targetGroups: [...course.targetGroups],
    trainerIds: course.trainers.map((trainer) => trainer.id),
    sessions: course.sessions.map((s) => ({ id: s.id, startsAt: wallOf(s.startsAt), endsAt: wallOf(s.endsAt) })),
    completionThreshold: course.completionThreshold,
    checkInRadiusMeters: course.checkInRadiusMeters,
    lateAfterMinutes: course.lateAfterMinutes,
    startsOn: course.startsOn,
    endsOn: course.endsOn,
    description: course.description || undefined,
  };
}

const endsNotBeforeStart: FormRule = ({ getFieldValue }) => ({
  async validator(_, value: unknown) {
    const from = wallString(getFieldValue('startsOn'), 'YYYY-MM-DD');
    const to = wallString(value, 'YYYY-MM-DD');
    if (from && to && to < from) throw new Error(t('training.endsBeforeStarts'));
  },
});

/** Session `index` must end after it starts. */
const endsAfterStart =
  (index: number): FormRule =>
  ({ getFieldValue }) => ({
    async validator(_, value: unknown) {
      const from = wallString(getFieldValue(['sessions', index, 'startsAt']));
      const to = wallString(value);
      if (from && to && to <= from) throw new Error(t('training.sessionOrder'));
    },
  });

/**
 * The trainer accounts in the admin's scope, and the course's own trainers (who may since have
 * left the scope or the role: they stay named until removed).
 */
function trainerOptions(accounts: readonly TrainerOption[], course: TrainingCourseResponse | null) {
  const options = new Map<number, { label: string; value: number }>();
  for (const trainer of course?.trainers ?? []) options.set(trainer.id, { label: trainer.name, value: trainer.id });
  for (const trainer of accounts) {
    options.set(trainer.id, {
      label: t('training.trainerOption', { name: trainer.name, organization: trainer.organizationName }),
      value: trainer.id,
    });
  }
  return [...options.values()];
}

/** 新建 / 编辑 a course with its schedule of sessions. */
export function CourseFormModal({ course, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);
  const [trainers, setTrainers] = useState<TrainerOption[] | null>(null);

  useEffect(() => {
    let live = true;
    void trainerAccounts().then((list) => live && setTrainers(list));
    return () => {
      live = false;
    };
  }, []);

  // The region path needs the tree: an edit shows the course's region once it has loaded.
  useEffect(() => {
    if (!tree || form.getFieldValue('regionCode')?.length) return;
    const path = pathTo(tree, course?.regionCode ?? me?.organization.regionCode ?? '');
    if (path) form.setFieldValue('regionCode', path);
  }, [tree, course, me, form]);

  return (
    <FormModal
      form={form}
      title={course ? t('training.courseEditTitle', { name: course.title }) : t('training.courseCreateTitle')}
      name="course"
      width={880}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={initialValues(course)}
      errorTarget={(f) => onListFields(f, ['trainerIds', 'targetGroups'])}
      submit={async (values: Values, errors) => {
        const body: TrainingCourseRequest = {
          title: values.title.trim(),
          type: values.type,
          domesticService: !!values.domesticService,
          organiser: values.organiser.trim(),
          baseId: values.baseId ?? null,
          regionCode: values.regionCode[values.regionCode.length - 1],
          venue: values.venue.trim(),
          latitude: values.latitude,
          longitude: values.longitude,
          capacity: values.capacity,
          targetGroups: (values.targetGroups ?? []).map((g) => g.trim()).filter(Boolean),
          trainerIds: [...new Set(values.trainerIds ?? [])],
          completionThreshold: values.completionThreshold,
          checkInRadiusMeters: values.checkInRadiusMeters ?? null,
          lateAfterMinutes: values.lateAfterMinutes,
          startsOn: wallString(values.startsOn, 'YYYY-MM-DD'),
          endsOn: wallString(values.endsOn, 'YYYY-MM-DD'),
          description: values.description?.trim() ?? '',
          sessions: (values.sessions ?? []).map((s) => ({
            ...(s.id ? { id: s.id } : {}),
            startsAt: shanghaiToInstant(wallString(s.startsAt)),
            endsAt: shanghaiToInstant(wallString(s.endsAt)),
          })),
        };
        // An element of a tags field has no form item of its own: its error goes on the field.
        return course ? updateCourse(course.id, body, errors) : createCourse(body, errors);
      }}
      success={t(course ? 'training.courseUpdated' : 'training.courseCreated')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormText
        name="title"
        label={t('training.title')}
        colProps={{ span: 24 }}
        fieldProps={{ maxLength: 128 }}
        rules={[required(t('training.title'))]}
      />
      <ProFormSelect
        name="type"
        label={t('training.type')}
        options={typeOptions}
        rules={[selectRequired(t('training.type'))]}
      />
      <ProFormSwitch
        name="domesticService"
        label={t('training.domesticService')}
        extra={t('training.domesticServiceHelp')}
      />
      <ProFormText
        name="organiser"
        label={t('training.organiser')}
        placeholder={t('training.organiserPlaceholder')}
        fieldProps={{ maxLength: 128 }}
        rules={[required(t('training.organiser'))]}
      />
      <ProFormSelect
        name="baseId"
        label={t('training.base')}
        extra={t('training.baseHelp')}
        request={async () => (await accreditedBases()).map((b) => ({ label: b.name, value: b.id }))}
        showSearch
        allowClear
        fieldProps={{ optionFilterProp: 'label' }}
      />
      {/* Not a ProForm field: the grid does not wrap it in a column by itself. */}
      <Col span={12}>
        <ProForm.Item name="regionCode" label={t('training.region')} rules={[selectRequired(t('training.region'))]}>
          <RegionCascader tree={tree} anyLevel placeholder={t('training.region')} />
        </ProForm.Item>
      </Col>
      <ProFormText
        name="venue"
        label={t('training.venue')}
        fieldProps={{ maxLength: 255 }}
        rules={[required(t('training.venue'))]}
      />
      <ProFormDigit
        name="latitude"
        label={t('training.latitude')}
        extra={t('training.coordinatesHelp')}
        min={-90}
        max={90}
        fieldProps={{ precision: 6, step: 0.000001 }}
        rules={[selectRequired(t('training.latitude'))]}
      />
      <ProFormDigit
        name="longitude"
        label={t('training.longitude')}
        min={-180}
        max={180}
        fieldProps={{ precision: 6, step: 0.000001 }}
        rules={[selectRequired(t('training.longitude'))]}
      />
      <ProFormDigit
        name="capacity"
        label={t('training.capacity')}
        min={1}
        max={10_000}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('training.capacity'))]}
      />
      <ProFormDatePicker
        name="startsOn"
        label={t('training.startsOn')}
        width="100%"
        rules={[selectRequired(t('training.startsOn'))]}
      />
      <ProFormDatePicker
        name="endsOn"
        label={t('training.endsOn')}
        width="100%"
        dependencies={['startsOn']}
        rules={[selectRequired(t('training.endsOn')), endsNotBeforeStart]}
      />
      <Col span={12}>
        <Form.Item name="targetGroups" label={t('training.targetGroups')}>
          <Select
            mode="tags"
            placeholder={t('training.targetGroupsPlaceholder')}
            options={TARGET_GROUP_SUGGESTIONS.map((g) => ({ label: g, value: g }))}
            tokenSeparators={['，', ',', '、']}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="trainerIds" label={t('training.trainers')} extra={t('training.trainersHelp')}>
          <Select
            mode="multiple"
            allowClear
            loading={trainers === null}
            placeholder={t('training.trainersPlaceholder')}
            options={trainerOptions(trainers ?? [], course)}
            optionFilterProp="label"
            notFoundContent={trainers === null ? t('app.loading') : t('training.trainersNone')}
          />
        </Form.Item>
      </Col>
      <ProFormDigit
        name="completionThreshold"
        label={t('training.completionThreshold')}
        extra={t('training.completionThresholdHelp')}
        colProps={{ span: 8 }}
        min={1}
        max={100}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('training.completionThreshold'))]}
      />
      <ProFormDigit
        name="checkInRadiusMeters"
        label={t('training.checkInRadius')}
        extra={t('training.checkInRadiusHelp')}
        colProps={{ span: 8 }}
        min={20}
        max={50_000}
        fieldProps={{ precision: 0 }}
      />
      <ProFormDigit
        name="lateAfterMinutes"
        label={t('training.lateAfter')}
        extra={t('training.lateAfterHelp')}
        colProps={{ span: 8 }}
        min={0}
        max={240}
        fieldProps={{ precision: 0 }}
        rules={[selectRequired(t('training.lateAfter'))]}
      />
      <ProFormList<SessionValues>
        name="sessions"
        label={t('training.sessions')}
        colProps={{ span: 24 }}
        min={1}
        max={200}
        copyIconProps={false}
        creatorButtonProps={{ creatorButtonText: t('training.sessionAdd') }}
        creatorRecord={() =>
          nextSession(form.getFieldValue('sessions') as SessionValues[] | undefined, form.getFieldValue('startsOn'))
        }
        rules={[
          {
            validator: async (_, value?: unknown[]) => {
              if (!value?.length) throw new Error(t('training.sessionsRequired'));
            },
          },
        ]}
      >
        {(_, index) => (
          <ProFormGroup key="session">
            <ProFormText name="id" hidden />
            <ProFormDateTimePicker
              name="startsAt"
              label={t('training.sessionSeq', { n: index + 1 })}
              width="md"
              placeholder={t('training.sessionStartsAt')}
              fieldProps={{ format: 'YYYY-MM-DD HH:mm', showSecond: false }}
              rules={[selectRequired(t('training.sessionStartsAt'))]}
            />
            <ProFormDateTimePicker
              name="endsAt"
              label={t('training.sessionEndsAt')}
              width="md"
              placeholder={t('training.sessionEndsAt')}
              fieldProps={{ format: 'YYYY-MM-DD HH:mm', showSecond: false }}
              dependencies={[['sessions', index, 'startsAt']]}
              rules={[selectRequired(t('training.sessionEndsAt')), endsAfterStart(index)]}
            />
          </ProFormGroup>
        )}
      </ProFormList>
      <ProFormTextArea
        name="description"
        label={t('training.description')}
        colProps={{ span: 24 }}
        fieldProps={{ rows: 3, maxLength: 4000, showCount: true }}
      />
    </FormModal>
  );
}
