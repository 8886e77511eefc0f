import { UserSwitchOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { ProFormSelect } from '@ant-design/pro-components';
import {
  EMPLOYMENT_STATUS_LABELS,
  WORKER_TAG_LABELS,
  type CaseworkerAssignmentResponse,
  type CaseworkerOption,
  type EmploymentStatus,
  type MyPersonRow,
} from '@steadywork/shared';
import { Button, Form, Tag } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { CellLines, FormModal, ListPage } from '../../../components/kit';
import { WorkerPicker } from '../../../components/WorkerPicker';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { text, type TableParams } from '../../../services/table';
import { formatTime } from '../../../services/time';
import {
  assignCaseworker,
  caseworkerOptions,
  exportMyPeople,
  listMyPeople,
  type MyPeopleFilters,
} from '../gig-service';

interface AssignValues {
  workerId: number;
  staffId: number;
}

/** 分配责任人: a worker found by name or ID digits, then one of the staff who can take them (the API checks both scopes). */
function AssignModal({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<AssignValues>();
  const [options, setOptions] = useState<CaseworkerOption[]>([]);

  const loadOptions = async (workerId: number | undefined) => {
    form.setFieldValue('staffId', undefined);
    setOptions([]);
    if (!workerId) return;
    try {
      setOptions(await caseworkerOptions(workerId));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setOptions([]);
    }
  };

  return (
    <FormModal<AssignValues, CaseworkerAssignmentResponse>
      form={form}
      title={t('jobsGig.assignTitle')}
      name="assign"
      submit={(v, errors) => assignCaseworker(v.workerId, v.staffId, errors)}
      success={(r) => t('jobsGig.assignSaved', { name: r.staffName })}
      onClose={onClose}
      onSaved={onSaved}
      onValuesChange={(changed: Partial<AssignValues>) => {
        if ('workerId' in changed) void loadOptions(changed.workerId);
      }}
    >
      <Form.Item
        name="workerId"
        label={t('jobsGig.assignWorker')}
        extra={t('jobsGig.assignWorkerHint')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('jobsGig.assignWorker') }) }]}
      >
        <WorkerPicker />
      </Form.Item>
      <ProFormSelect
        name="staffId"
        label={t('jobsGig.assignStaff')}
        options={options.map((o) => ({ value: o.id, label: `${o.displayName}（${o.organizationName}）` }))}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('jobsGig.assignStaff') }) }]}
      />
    </FormModal>
  );
}

/** 我负责的职工 (一对一服务): the people a staff member answers for, longest without a follow-up first. */
export default function MyPeoplePage() {
  const actionRef = useRef<ActionType>();
  const [assigning, setAssigning] = useState(false);

  const filtersOf = (params: TableParams): MyPeopleFilters => ({ keyword: text(params.keyword) });

  const columns: ProColumns<MyPersonRow>[] = [
    { title: t('jobsGig.keyword'), dataIndex: 'keyword', hideInTable: true },
    {
      title: t('jobsGig.workerName'),
      dataIndex: 'name',
      search: false,
      width: 160,
      render: (_, p) => <CellLines main={<Link to={`/workers/${p.workerId}`}>{p.name}</Link>} sub={p.idNumberMasked} />,
    },
    { title: t('jobsGig.phone'), dataIndex: 'phoneMasked', search: false, width: 120 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 180, ellipsis: true },
    {
      title: t('jobsGig.employmentStatus'),
      dataIndex: 'employmentStatus',
      search: false,
      width: 90,
      render: (_, p) => EMPLOYMENT_STATUS_LABELS[p.employmentStatus as EmploymentStatus] ?? p.employmentStatus,
    },
    {
      title: t('jobsGig.tags'),
      dataIndex: 'tags',
      search: false,
      width: 180,
      render: (_, p) =>
        p.tags.map((tag) => (
          <Tag key={tag} color="red">
            {WORKER_TAG_LABELS[tag]}
          </Tag>
        )),
    },
    {
      title: t('jobsGig.lastFollowUp'),
      dataIndex: 'lastFollowUpAt',
      search: false,
      width: 150,
      render: (_, p) =>
        p.lastFollowUpAt ? formatTime(p.lastFollowUpAt) : <Tag color="orange">{t('jobsGig.neverFollowedUp')}</Tag>,
    },
    { title: t('jobsGig.openApplications'), dataIndex: 'openApplications', search: false, width: 90 },
    { title: t('jobsGig.openReferrals'), dataIndex: 'openReferrals', search: false, width: 110 },
    {
      title: t('jobsGig.assignedAt'),
      dataIndex: 'assignedAt',
      search: false,
      width: 150,
      render: (_, p) => formatTime(p.assignedAt),
    },
  ];

  return (
    <>
      <ListPage<MyPersonRow, MyPeopleFilters>
        headerTitle={t('jobsGig.myPeopleTitle')}
        actionRef={actionRef}
        columns={columns}
        filters={filtersOf}
        load={listMyPeople}
        exportFile={{ fileName: t('jobsGig.myPeopleExportFileName'), load: exportMyPeople }}
        actions={[
          <Button key="assign" icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)}>
            {t('jobsGig.assign')}
          </Button>,
        ]}
      />
      {assigning && (
        <AssignModal
          onClose={() => setAssigning(false)}
          onSaved={() => {
            setAssigning(false);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
