import { EnrolmentStatus, type TrainingCourseResponse, type TrainingEnrolmentResponse } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { WorkerPicker } from '../../../components/WorkerPicker';
import { t } from '../../../locales';
import { enrolWorker } from '../service';

interface Props {
  course: Pick<TrainingCourseResponse, 'id' | 'title'>;
  onClose(): void;
  onSaved(enrolment: TrainingEnrolmentResponse): void;
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
        <WorkerPicker />
      </Form.Item>
    </FormModal>
  );
}
