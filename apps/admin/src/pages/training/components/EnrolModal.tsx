import {
  EnrolmentStatus,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
  type WorkerResponse,
} from '@steadywork/shared';
import { Form, Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { enrolWorker, searchWorkers } from '../service';

interface Props {
  course: Pick<TrainingCourseResponse, 'id' | 'title'>;
  onClose(): void;
  onSaved(enrolment: TrainingEnrolmentResponse): void;
}

const label = (w: WorkerResponse) => [w.name, w.idNumberMasked, w.regionName].join('　');

/** Picks a worker by searching GET /workers?keyword= as the user types (after a short pause). */
function WorkerSearch({ id, value, onChange }: { id?: string; value?: number; onChange?(id?: number): void }) {
  const [options, setOptions] = useState<{ label: string; value: number }[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // Only the answer to the latest search fills the list.
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (input: string) => {
    clearTimeout(timer.current);
    const keyword = input.trim();
    if (!keyword) return;
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      setSearching(true);
      searchWorkers(keyword).then(
        (workers) => {
          if (ticket !== latest.current) return;
          setOptions(workers.map((w) => ({ label: label(w), value: w.id })));
          setSearching(false);
        },
        () => ticket === latest.current && setSearching(false),
      );
    }, 300);
  };

  return (
    <Select<number>
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={(next) => onChange?.(next)}
      filterOption={false}
      onSearch={search}
      options={options}
      placeholder={t('training.enrolWorkerPlaceholder')}
      notFoundContent={searching ? <Spin size="small" /> : undefined}
      style={{ width: '100%' }}
    />
  );
}

/** 代职工报名: union staff enrol a worker in their scope; a full course puts them on the waiting list. */
export function EnrolModal({ course, onClose, onSaved }: Props) {
  return (
    <FormModal<{ workerId: number }, TrainingEnrolmentResponse>
      title={t('training.enrolTitle', { name: course.title })}
      name="enrol"
      width={560}
      success={(enrolment) =>
        enrolment.status === EnrolmentStatus.WAITLISTED
          ? t('training.enrolWaitlisted', { name: enrolment.workerName, n: enrolment.waitlistPosition ?? '-' })
          : t('training.enrolDone', { name: enrolment.workerName })
      }
      onClose={onClose}
      onSaved={onSaved}
      submit={({ workerId }, errors) => enrolWorker(course.id, workerId, errors)}
    >
      <Form.Item
        name="workerId"
        label={t('training.enrolWorker')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('training.enrolWorker') }) }]}
      >
        <WorkerSearch />
      </Form.Item>
    </FormModal>
  );
}
