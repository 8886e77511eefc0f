import { ProFormDatePicker, ProFormDigit, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import {
  earliestLawfulDate,
  isStatutoryLayoff,
  noticeShortfallDays,
  Role,
  type LayoffFilingDetail,
  type LayoffFilingRequest,
} from '@steadywork/shared';
import { Alert, Form } from 'antd';
import { useHasRole } from '../../../access/auth-context';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import { request } from '../../../services/request';
import type { dayjs } from '../../../services/time';
import { createLayoff } from '../service';
import { dateText } from './dates';

interface Values {
  employerId?: number;
  totalWorkforce: number;
  layoffCount: number;
  reasons: string;
  noticeDate: string | dayjs.Dayjs;
  plannedDate: string | dayjs.Dayjs;
}

interface Props {
  onClose(): void;
  onSaved(filing: LayoffFilingDetail): void;
}

const required = (field: string) => ({ required: true, message: t('common.required', { field }) });

/**
 * 申报经济性裁员: HR for their company, union staff for a company they pick. The statutory size
 * and the 30-day notice are shown as the form is filled; a short notice is still accepted (flagged).
 */
export function FilingFormModal({ onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const isHr = useHasRole(Role.HR);
  const isUnion = useHasRole(Role.REVIEWER, Role.PROVINCE_REVIEWER, Role.CENTER_STAFF);
  const hrOnly = isHr && !isUnion;
  const total = Form.useWatch('totalWorkforce', form);
  const count = Form.useWatch('layoffCount', form);
  const notice = dateText(Form.useWatch('noticeDate', form));
  const planned = dateText(Form.useWatch('plannedDate', form));
  const short = notice && planned ? noticeShortfallDays(notice, planned) : 0;

  return (
    <FormModal<Values, LayoffFilingDetail>
      form={form}
      title={t('layoffs.createTitle')}
      name="layoff"
      width={640}
      submit={(values, errors, idempotencyKey) => {
        const body: LayoffFilingRequest = {
          ...(values.employerId ? { employerId: values.employerId } : {}),
          totalWorkforce: values.totalWorkforce,
          layoffCount: values.layoffCount,
          reasons: values.reasons.trim(),
          noticeDate: dateText(values.noticeDate)!,
          plannedDate: dateText(values.plannedDate)!,
        };
        return createLayoff(body, idempotencyKey, errors);
      }}
      success={t('layoffs.created')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('layoffs.statutoryHint')} />
      {!hrOnly && (
        <ProFormSelect
          name="employerId"
          label={t('layoffs.employer')}
          showSearch
          placeholder={t('layoffs.employerPlaceholder')}
          rules={[{ required: true, message: t('common.selectRequired', { field: t('layoffs.employer') }) }]}
          request={async ({ keyWords }: { keyWords?: string }) => {
            const rows = await request<{ id: number; name: string; regionName: string }[]>('/jobs/employers/options', {
              query: { keyword: keyWords },
            });
            return rows.map((e) => ({ value: e.id, label: `${e.name}（${e.regionName}）` }));
          }}
          debounceTime={300}
        />
      )}
      <ProFormDigit
        name="totalWorkforce"
        label={t('layoffs.totalWorkforce')}
        min={1}
        fieldProps={{ precision: 0 }}
        rules={[required(t('layoffs.totalWorkforce'))]}
      />
      <ProFormDigit
        name="layoffCount"
        label={t('layoffs.layoffCount')}
        min={1}
        fieldProps={{ precision: 0 }}
        rules={[required(t('layoffs.layoffCount'))]}
        extra={
          total && count
            ? isStatutoryLayoff(total, count)
              ? t('layoffs.statutoryYes')
              : t('layoffs.statutoryNo')
            : undefined
        }
      />
      <ProFormTextArea
        name="reasons"
        label={t('layoffs.reasons')}
        fieldProps={{ rows: 3, maxLength: 2000, showCount: true }}
        rules={[{ ...required(t('layoffs.reasons')), whitespace: true }]}
      />
      <ProFormDatePicker
        name="noticeDate"
        label={t('layoffs.noticeDate')}
        width="100%"
        rules={[required(t('layoffs.noticeDate'))]}
      />
      <ProFormDatePicker
        name="plannedDate"
        label={t('layoffs.plannedDate')}
        width="100%"
        rules={[required(t('layoffs.plannedDate'))]}
        extra={notice ? `${t('layoffs.earliestLawfulDate')}：${earliestLawfulDate(notice)}` : undefined}
      />
      {short > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="notice-short"
          message={t('layoffs.flagNoticeShort', { days: short })}
        />
      )}
    </FormModal>
  );
}
