import {
  EnrolmentStatus,
  ErrorCode,
  type EmployeeOption,
  type TrainingCourseResponse,
  type TrainingEnrolmentResponse,
} from '@steadywork/shared';
import { Alert, Button, Empty, List, Modal, Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { nominate, searchEmployees } from './service';

interface Props {
  course: Pick<TrainingCourseResponse, 'id' | 'title'>;
  /** The HR officer's company: the employer a worker names to appear in the list. */
  company: string;
  onClose(): void;
  /** At least one employee took a place or a waiting place. */
  onNominated(): void;
}

/** What became of one employee's nomination. */
export type NominationOutcome =
  { employee: EmployeeOption; enrolment: TrainingEnrolmentResponse } | { employee: EmployeeOption; error: string };

const optionLabel = (e: EmployeeOption) =>
  t('nominations.employeeOption', { name: e.name, idNumber: e.idNumberMasked, phone: e.phoneMasked });

/** The API's words for a refusal: its message (the field messages of a validation failure). */
function reasonOf(err: unknown): string {
  if (!(err instanceof ApiError)) return t('errors.unknown');
  return err.error === ErrorCode.VALIDATION_FAILED && err.details?.length
    ? err.details.map((d) => d.message).join('；')
    : err.message;
}

type Listing = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; total: number };

/**
 * Picks the company's employees: the first page on opening, then the API searched as the user
 * types (after a short pause). The chosen keep their labels while the options change.
 */
function EmployeePicker({
  value,
  onChange,
  disabled,
  invalid,
  onListing,
}: {
  value: EmployeeOption[];
  onChange(next: EmployeeOption[]): void;
  disabled: boolean;
  invalid: boolean;
  onListing(listing: Listing): void;
}) {
  const [options, setOptions] = useState<EmployeeOption[]>([]);
  const [searching, setSearching] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  // Only the answer to the latest search fills the list.
  const latest = useRef(0);
  const known = useRef(new Map<number, EmployeeOption>());

  const load = (keyword: string | undefined, first = false) => {
    const ticket = ++latest.current;
    setSearching(true);
    searchEmployees(keyword).then(
      (page) => {
        if (ticket !== latest.current) return;
        for (const e of page.items) known.current.set(e.workerId, e);
        setOptions(page.items);
        setSearching(false);
        if (first) onListing({ state: 'ready', total: page.total });
      },
      () => {
        if (ticket !== latest.current) return;
        setOptions([]);
        setSearching(false);
        if (first) onListing({ state: 'failed' });
      },
    );
  };

  // The first page, once; an answer after closing is dropped.
  useEffect(() => {
    load(undefined, true);
    return () => {
      clearTimeout(timer.current);
      latest.current += 1;
    };
  }, []);

  const search = (input: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => load(input.trim() || undefined), 300);
  };

  // The chosen first (so their labels show whatever the search), then the search's answer.
  const chosen = new Set(value.map((e) => e.workerId));
  const shown = [...value, ...options.filter((e) => !chosen.has(e.workerId))];

  return (
    <Select<number[]>
      id="nominate-employees"
      mode="multiple"
      showSearch
      allowClear
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      value={value.map((e) => e.workerId)}
      onChange={(ids) =>
        onChange(ids.map((id) => known.current.get(id)).filter((e): e is EmployeeOption => e !== undefined))
      }
      filterOption={false}
      onSearch={search}
      options={shown.map((e) => ({ label: optionLabel(e), value: e.workerId }))}
      placeholder={t('nominations.employeesPlaceholder')}
      notFoundContent={
        searching ? (
          <Spin size="small" />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('nominations.noMatch')} />
        )
      }
      style={{ width: '100%' }}
    />
  );
}

function OutcomeTag({ outcome }: { outcome: NominationOutcome }) {
  if ('error' in outcome) return <Tag color="red">{t('nominations.resultFailed')}</Tag>;
  const { enrolment } = outcome;
  return enrolment.status === EnrolmentStatus.WAITLISTED ? (
    <Tag color="orange">{t('nominations.resultWaitlisted', { n: enrolment.waitlistPosition ?? '-' })}</Tag>
  ) : (
    <Tag color="green">{t('nominations.resultEnrolled')}</Tag>
  );
}

/** The answer for each employee, in the order they were sent. */
function Results({ outcomes }: { outcomes: NominationOutcome[] }) {
  const waitlisted = outcomes.filter(
    (o) => 'enrolment' in o && o.enrolment.status === EnrolmentStatus.WAITLISTED,
  ).length;
  const failed = outcomes.filter((o) => 'error' in o).length;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="nominate-results">
      <Alert
        type={failed ? (failed === outcomes.length ? 'error' : 'warning') : 'success'}
        showIcon
        message={t('nominations.resultTitle')}
        description={t('nominations.resultSummary', {
          total: outcomes.length,
          enrolled: outcomes.length - waitlisted - failed,
          waitlisted,
          failed,
        })}
      />
      <List
        size="small"
        bordered
        dataSource={outcomes}
        rowKey={(o) => o.employee.workerId}
        renderItem={(o) => (
          <List.Item data-testid={`nominate-result-${o.employee.workerId}`}>
            <Space direction="vertical" size={0}>
              <Typography.Text>{optionLabel(o.employee)}</Typography.Text>
              {'error' in o && <Typography.Text type="danger">{o.error}</Typography.Text>}
            </Space>
            <OutcomeTag outcome={o} />
          </List.Item>
        )}
      />
    </Space>
  );
}

/**
 * 推荐职工: HR picks employees and nominates each in turn (one enrolment per employee); a refusal
 * for one does not stop the others, and the report lists each answer.
 */
export function NominateModal({ course, company, onClose, onNominated }: Props) {
  const [selected, setSelected] = useState<EmployeeOption[]>([]);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [submitting, setSubmitting] = useState(false);
  const [outcomes, setOutcomes] = useState<NominationOutcome[] | null>(null);
  const [missing, setMissing] = useState(false);
  // A second click while the first batch is sent sends nothing.
  const busy = useRef(false);
  const live = useRef(true);

  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const submit = async () => {
    if (busy.current) return;
    if (!selected.length) {
      setMissing(true);
      return;
    }
    busy.current = true;
    setSubmitting(true);
    const done: NominationOutcome[] = [];
    for (const employee of selected) {
      try {
        done.push({ employee, enrolment: await nominate(course.id, employee.workerId) });
      } catch (e) {
        done.push({ employee, error: reasonOf(e) });
      }
    }
    busy.current = false;
    if (done.some((o) => 'enrolment' in o)) onNominated();
    if (!live.current) return;
    setSubmitting(false);
    setOutcomes(done);
  };

  const again = () => {
    setSelected([]);
    setOutcomes(null);
    setMissing(false);
  };

  const noEmployees = listing.state === 'ready' && listing.total === 0;

  const footer = outcomes
    ? [
        <Button key="again" onClick={again}>
          {t('nominations.again')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          {t('nominations.done')}
        </Button>,
      ]
    : [
        <Button key="cancel" disabled={submitting} onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={submitting} disabled={noEmployees} onClick={() => void submit()}>
          {selected.length
            ? `${t('nominations.submit')}（${t('nominations.selectedCount', { n: selected.length })}）`
            : t('nominations.submit')}
        </Button>,
      ];

  return (
    <Modal
      open
      title={t('nominations.nominateTitle', { title: course.title })}
      width={640}
      maskClosable={false}
      closable={!submitting}
      keyboard={!submitting}
      onCancel={() => !submitting && onClose()}
      footer={footer}
    >
      {outcomes ? (
        <Results outcomes={outcomes} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('nominations.nominateHint')}</Typography.Text>
          {noEmployees ? (
            <Empty
              data-testid="no-employees"
              description={
                <Space direction="vertical" size={4}>
                  <Typography.Text strong>{t('nominations.noEmployees')}</Typography.Text>
                  <Typography.Text type="secondary">{t('nominations.noEmployeesHint', { company })}</Typography.Text>
                </Space>
              }
            />
          ) : (
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text>{t('nominations.employees')}</Typography.Text>
              <EmployeePicker
                value={selected}
                disabled={submitting}
                invalid={missing && !selected.length}
                onChange={(next) => {
                  setSelected(next);
                  if (next.length) setMissing(false);
                }}
                onListing={setListing}
              />
              {missing && !selected.length && (
                <Typography.Text type="danger">{t('nominations.employeesRequired')}</Typography.Text>
              )}
            </Space>
          )}
          {listing.state === 'failed' && <Alert type="error" showIcon message={t('nominations.employeesFailed')} />}
        </Space>
      )}
    </Modal>
  );
}
