import { PlusOutlined } from '@ant-design/icons';
import type { ActionType, ProColumns } from '@ant-design/pro-components';
import type { HolidayCalendarResponse } from '@steadywork/shared';
import { Alert, Button, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { ListPage } from '../../../components/kit';
import { t } from '../../../locales';
import { formatTime, shanghaiNow } from '../../../services/time';
import { CalendarFormModal } from './components/CalendarFormModal';
import { listCalendars } from './service';

/** 节假日安排: the legal calendar's years (法定节假日 and 调休), entered from each year's notice. */
export default function CalendarPage() {
  const actionRef = useRef<ActionType>();
  const [years, setYears] = useState<number[]>([]);
  const [editing, setEditing] = useState<HolidayCalendarResponse | 'new' | null>(null);
  const thisYear = Number(shanghaiNow('YYYY'));
  const suggestedYear = [thisYear, thisYear + 1].find((y) => !years.includes(y)) ?? Math.max(thisYear, ...years) + 1;

  const columns: ProColumns<HolidayCalendarResponse>[] = [
    { title: t('calendar.year'), dataIndex: 'year', width: 70 },
    {
      title: t('calendar.holidays'),
      dataIndex: 'holidays',
      render: (_, c) => (
        <Space size={[4, 4]} wrap>
          {c.holidays.map((h) => (
            <Tag key={h.from} color="red">
              {t('calendar.holidayValue', { name: h.name, from: h.from.slice(5), to: h.to.slice(5) })}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('calendar.workdays'),
      dataIndex: 'workdays',
      width: 220,
      render: (_, c) =>
        c.workdays.length ? (
          <Space size={[4, 4]} wrap>
            {c.workdays.map((d) => (
              <Tag key={d}>{d.slice(5)}</Tag>
            ))}
          </Space>
        ) : (
          t('common.empty')
        ),
    },
    { title: t('calendar.notice'), dataIndex: 'notice', width: 200, ellipsis: true },
    {
      title: t('calendar.updatedAt'),
      dataIndex: 'updatedAt',
      width: 200,
      render: (_, c) => `${formatTime(c.updatedAt)} ${c.updatedBy ?? t('calendar.shipped')}`,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      key: 'actions',
      width: 70,
      render: (_, c) => [
        <a key="edit" onClick={() => setEditing(c)}>
          {t('calendar.edit')}
        </a>,
      ],
    },
  ];

  return (
    <>
      <Alert type="info" showIcon message={t('calendar.intro')} style={{ marginBottom: 16 }} />
      <ListPage<HolidayCalendarResponse>
        headerTitle={t('calendar.title')}
        rowKey="year"
        actionRef={actionRef}
        columns={columns}
        search={false}
        pagination={false}
        emptyText={t('calendar.empty')}
        actions={[
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('calendar.create')}
          </Button>,
        ]}
        load={async () => {
          const data = await listCalendars();
          setYears(data.map((c) => c.year));
          return data;
        }}
      />
      {editing && (
        <CalendarFormModal
          calendar={editing === 'new' ? null : editing}
          years={years}
          suggestedYear={suggestedYear}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
