import { SendOutlined } from '@ant-design/icons';
import { ProFormDigit } from '@ant-design/pro-components';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import { WORKER_TAG_LABELS, type JobMatch, type JobPushResponse, type WorkerTag } from '@steadywork/shared';
import { Alert, App, Button, Popconfirm, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { FormModal, ListPage, namedCheckbox } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import type { TableParams } from '../../../../services/table';
import { valueEnumOf } from '../../../../utils/options';
import { referWorker } from '../../gig-service';
import { exportMatches, listMatches, pushPosting, type MatchFilters } from '../../service';

interface Props {
  postingId: number;
  /** Only an open posting can be pushed. */
  canPush: boolean;
}

function filtersOf(params: TableParams): MatchFilters {
  const minScore = Number(params.minScore);
  return {
    tag: (params.tag as WorkerTag | undefined) || undefined,
    minScore: params.minScore !== undefined && params.minScore !== '' && !Number.isNaN(minScore) ? minScore : undefined,
  };
}

/** 匹配职工: the best-fitting workers in scope (hardship first), with why; 推送 to the picked or all above a score. */
export function PostingMatches({ postingId, canPush }: Props) {
  const actionRef = useRef<ActionType>();
  const [selected, setSelected] = useState<number[]>([]);
  const [pushing, setPushing] = useState(false);
  const [askScore, setAskScore] = useState(false);
  const [result, setResult] = useState<JobPushResponse | null>(null);
  const { message } = App.useApp();

  /** 推荐 (职业介绍): the worker becomes an applicant, referred by the union; the worker is told. */
  const refer = async (m: JobMatch) => {
    try {
      await referWorker(postingId, m.workerId);
      void message.success(t('jobsGig.referred', { name: m.name }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    void actionRef.current?.reload();
  };

  const pushed = (answer: JobPushResponse) => {
    setResult(answer);
    setSelected([]);
    void actionRef.current?.reload();
  };

  const pushSelected = async () => {
    setPushing(true);
    try {
      pushed(await pushPosting(postingId, { workerIds: selected }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    } finally {
      setPushing(false);
    }
  };

  const columns: ProColumns<JobMatch>[] = [
    {
      title: t('jobs.tag'),
      dataIndex: 'tag',
      hideInTable: true,
      valueType: 'select',
      valueEnum: valueEnumOf(WORKER_TAG_LABELS),
    },
    { title: t('jobs.minScore'), dataIndex: 'minScore', hideInTable: true, valueType: 'digit' },
    { title: t('jobs.workerName'), dataIndex: 'name', search: false, width: 90 },
    { title: t('jobs.idNumber'), dataIndex: 'idNumberMasked', search: false, width: 180 },
    { title: t('jobs.phone'), dataIndex: 'phoneMasked', search: false, width: 130 },
    { title: t('jobs.region'), dataIndex: 'regionName', search: false, width: 100 },
    {
      title: t('jobs.tags'),
      dataIndex: 'tags',
      search: false,
      width: 180,
      render: (_, m) => (
        <Space size={[0, 4]} wrap>
          {m.tags.map((tag) => (
            <Tag key={tag} color="red">
              {WORKER_TAG_LABELS[tag]}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('jobs.score'), dataIndex: 'score', search: false, width: 80, align: 'right' },
    { title: t('jobs.reasons'), dataIndex: 'reasons', search: false, render: (_, m) => m.reasons.join(' · ') },
    {
      title: t('jobs.status'),
      dataIndex: 'flags',
      search: false,
      width: 170,
      render: (_, m) => (
        <Space size={[0, 4]} wrap>
          <Tag>{m.subscribed ? t('jobs.subscribed') : t('jobs.notSubscribed')}</Tag>
          {m.pushed && <Tag color="blue">{t('jobs.pushed')}</Tag>}
          {m.applied && <Tag color="green">{t('jobs.applied')}</Tag>}
        </Space>
      ),
    },
    ...(canPush
      ? [
          {
            title: t('common.actions'),
            valueType: 'option' as const,
            key: 'actions',
            width: 80,
            render: (_: unknown, m: JobMatch) =>
              m.applied
                ? []
                : [
                    <Popconfirm
                      key="refer"
                      title={t('jobsGig.referConfirm', { name: m.name })}
                      onConfirm={() => refer(m)}
                    >
                      <a data-testid={`refer-${m.workerId}`}>{t('jobsGig.refer')}</a>
                    </Popconfirm>,
                  ],
          },
        ]
      : []),
  ];

  return (
    <>
      {result && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setResult(null)}
          style={{ marginTop: 16 }}
          message={t('jobs.pushResult', { ...result })}
          data-testid="push-result"
        />
      )}
      <ListPage<JobMatch, MatchFilters>
        headerTitle={t('jobs.matchesTitle')}
        actionRef={actionRef}
        rowKey="workerId"
        columns={columns}
        filters={filtersOf}
        load={(query) => listMatches(postingId, query)}
        exportFile={{ fileName: t('jobs.matchesExportFileName'), load: (f) => exportMatches(postingId, f) }}
        rowSelection={
          canPush
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(Number)),
                preserveSelectedRowKeys: true,
                // each row's box is named by its worker
                getCheckboxProps: (m) => namedCheckbox(m.name),
              }
            : undefined
        }
        tableAlertRender={false}
        actions={
          canPush
            ? [
                <Button
                  key="push-selected"
                  type="primary"
                  icon={<SendOutlined />}
                  disabled={selected.length === 0}
                  loading={pushing}
                  onClick={() => void pushSelected()}
                >
                  {t('jobs.pushSelected', { n: selected.length })}
                </Button>,
                <Button key="push-above" onClick={() => setAskScore(true)}>
                  {t('jobs.pushAboveTitle')}
                </Button>,
              ]
            : [<span key="only-open">{t('jobs.matchesOnlyOpen')}</span>]
        }
      />
      {askScore && (
        <FormModal<{ minScore: number }, JobPushResponse>
          title={t('jobs.pushAboveTitle')}
          name="push"
          initialValues={{ minScore: 60 }}
          submit={(values, errors) => pushPosting(postingId, { minScore: values.minScore }, errors)}
          onClose={() => setAskScore(false)}
          onSaved={(answer) => {
            setAskScore(false);
            pushed(answer);
          }}
        >
          <ProFormDigit
            name="minScore"
            label={t('jobs.minScore')}
            min={0}
            max={100}
            fieldProps={{ precision: 0 }}
            rules={[{ required: true, message: t('common.required', { field: t('jobs.minScore') }) }]}
          />
        </FormModal>
      )}
    </>
  );
}
