import { ProFormDatePicker, ProFormDigit, ProFormSelect } from '@ant-design/pro-components';
import {
  AID_DEFAULTS,
  type AidProgramResponse,
  type PublicityRequest,
  type PublicityResponse,
} from '@steadywork/shared';
import { Alert, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { shanghaiNow } from '../../../../services/time';
import { programOptions } from '../../labels';
import { startPublicity } from '../../service';

interface Props {
  programs: readonly AidProgramResponse[];
  programId?: number;
  onClose(): void;
  onSaved(publicity: PublicityResponse): void;
}

/** 发起公示: lists every application of the programme approved at final review, for the working days given. */
export function StartPublicityModal({ programs, programId, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PublicityRequest>();
  const today = shanghaiNow('YYYY-MM-DD');
  return (
    <FormModal
      form={form}
      title={t('aid.publicityStartTitle')}
      name="publicity"
      initialValues={{ programId, workingDays: AID_DEFAULTS.publicityWorkingDays, startsOn: today }}
      submit={(values: PublicityRequest, errors) =>
        startPublicity(
          { programId: values.programId, workingDays: values.workingDays, startsOn: values.startsOn || undefined },
          errors,
        )
      }
      success={t('aid.publicityStarted')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Alert type="info" showIcon message={t('aid.publicityStartHint')} style={{ marginBottom: 16 }} />
      <ProFormSelect
        name="programId"
        label={t('aid.program')}
        options={programOptions(programs)}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('aid.program') }) }]}
      />
      <ProFormDigit
        name="workingDays"
        label={t('aid.workingDays')}
        width="xs"
        min={1}
        max={30}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true, message: t('common.required', { field: t('aid.workingDays') }) }]}
      />
      <ProFormDatePicker
        name="startsOn"
        label={t('aid.startsOn')}
        extra={t('aid.startsOnHelp')}
        fieldProps={{ disabledDate: (day: Dayjs) => day.format('YYYY-MM-DD') > today }}
      />
    </FormModal>
  );
}
