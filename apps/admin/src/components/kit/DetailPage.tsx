import { ArrowLeftOutlined } from '@ant-design/icons';
import { ErrorCode } from '@steadywork/shared';
import { Button, Card, Descriptions, Result, Space, Spin, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { ApiError } from '../../services/request';
import { formatTime } from '../../services/time';

export type RecordLoad<T> =
  { state: 'loading' } | { state: 'notFound' } | { state: 'failed' } | { state: 'ready'; record: T };

export interface RecordState<T> {
  load: RecordLoad<T>;
  /** Loads again; the page stays on screen until the answer comes. */
  reload: () => Promise<void>;
  /** Shows the record an action answered with. */
  show: (record: T) => void;
}

const isNotFound = (e: unknown) => e instanceof ApiError && (e.statusCode === 404 || e.error === ErrorCode.NOT_FOUND);

/** Loads the record of a detail page by its id; an id that is not a positive whole number is not found. */
export function useRecord<T>(id: number, get: (id: number) => Promise<T>): RecordState<T> {
  const [load, setLoad] = useState<RecordLoad<T>>({ state: 'loading' });
  // The id alone says what to load: a page may pass a new function each render.
  const getRef = useRef(get);
  getRef.current = get;

  const fetch = useCallback(
    (isLive: () => boolean = () => true) =>
      getRef.current(id).then(
        (record) => {
          if (isLive()) setLoad({ state: 'ready', record });
        },
        (e: unknown) => {
          if (isLive()) setLoad({ state: isNotFound(e) ? 'notFound' : 'failed' });
        },
      ),
    [id],
  );

  useEffect(() => {
    if (!Number.isInteger(id) || id < 1) {
      setLoad({ state: 'notFound' });
      return;
    }
    let live = true;
    setLoad({ state: 'loading' });
    void fetch(() => live);
    return () => {
      live = false;
    };
  }, [id, fetch]);

  const show = useCallback((record: T) => setLoad({ state: 'ready', record }), []);
  return { load, reload: () => fetch(), show };
}

export interface BackLink {
  to: string;
  label: string;
}

interface DetailPageProps<T> {
  record: RecordState<T>;
  /** What a missing record (or one outside the user's scope) says, and the list to go back to. */
  notFound: string;
  back: BackLink;
  children: (record: T) => ReactNode;
}

/** A detail page's states: loading, not found (back to the list), failed (load again), the record. */
export function DetailPage<T>({ record, notFound, back, children }: DetailPageProps<T>) {
  const { load } = record;
  if (load.state === 'loading') return <Spin style={{ display: 'block', margin: '96px auto' }} />;
  if (load.state === 'ready') return <>{children(load.record)}</>;
  const missing = load.state === 'notFound';
  return (
    <Result
      status={missing ? '404' : 'error'}
      title={missing ? notFound : t('errors.unknown')}
      extra={
        missing ? (
          <Link to={back.to}>
            <Button type="primary">{back.label}</Button>
          </Link>
        ) : (
          <Button type="primary" onClick={() => void record.reload()}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

interface DetailHeaderProps {
  back?: BackLink;
  title: ReactNode;
  /** The record's status tag, beside the title. */
  status?: ReactNode;
  /** The actions the user's roles and the record's status allow; `false` entries are left out. */
  actions?: (ReactNode | false | null | undefined)[];
  /** Above the descriptions: a refusal reason, a warning. */
  notice?: ReactNode;
  /** The descriptions' items: `[label, value]`, `false` left out. */
  items?: (DescriptionItem | false | null | undefined)[];
  testId?: string;
  /** The data-testid of the title's text. */
  titleTestId?: string;
  /** The data-testid of the descriptions. */
  itemsTestId?: string;
  children?: ReactNode;
}

export interface DescriptionItem {
  label: ReactNode;
  value: ReactNode;
  span?: number;
  key?: string;
}

/** A detail page's head: back to the list, a card with the title, status and actions, the descriptions. */
export function DetailHeader({
  back,
  title,
  status,
  actions = [],
  notice,
  items,
  testId,
  titleTestId,
  itemsTestId,
  children,
}: DetailHeaderProps) {
  const buttons = actions.filter(Boolean);
  const shown = (items ?? []).filter((item): item is DescriptionItem => !!item);
  return (
    <>
      {back && (
        <Link to={back.to}>
          <ArrowLeftOutlined /> {back.label}
        </Link>
      )}
      <Card
        data-testid={testId}
        title={
          <Space wrap>
            <span data-testid={titleTestId}>{title}</span>
            {status}
          </Space>
        }
        extra={buttons.length > 0 && <Space wrap>{buttons}</Space>}
      >
        {notice}
        {items && (
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid={itemsTestId}>
            {shown.map((item, i) => (
              <Descriptions.Item key={item.key ?? i} label={item.label} span={item.span}>
                {item.value}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
        {children}
      </Card>
    </>
  );
}

export interface TimelineEvent {
  id: number | string;
  createdAt: string;
}

interface EventTimelineProps<E extends TimelineEvent> {
  events: readonly E[];
  /** What happened (bold). */
  title: (event: E) => ReactNode;
  /** Who did it, and any comment or reason, under the line. */
  details?: (event: E) => ReactNode;
  color?: (event: E) => string;
  testId?: string;
  /** The data-testid of each event. */
  eventTestId?: string;
}

/** A record's history, newest first: what happened, when, then who and why. */
export function EventTimeline<E extends TimelineEvent>({
  events,
  title,
  details,
  color,
  testId,
  eventTestId,
}: EventTimelineProps<E>) {
  const newestFirst = [...events].sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id) || 0,
  );
  return (
    <Timeline
      data-testid={testId}
      items={newestFirst.map((event) => {
        const body = (
          <>
            <Typography.Text strong>{title(event)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {formatTime(event.createdAt)}
            </Typography.Text>
            {details?.(event)}
          </>
        );
        return {
          key: event.id,
          color: color?.(event),
          children: eventTestId ? <div data-testid={eventTestId}>{body}</div> : body,
        };
      })}
    />
  );
}
