import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/ui/nutui';
import type { Route } from '@/services/routes';
import { usePageClass } from '@/i18n/use-nav-title';
import { ReadAloud } from '@/components/read-aloud';
import type { RemoteStatus } from './use-remote';
import { kitText } from './text';
import './kit.css';

const cx = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(' ');

export interface KitOptions {
  /** The module's prefix of classes and test ids: `aid` gives `aid-field`, `aid-loading`, `aid-timeline-item`… */
  ns: string;
  /** The module's word for a label-and-value line (`aid-row` or `centers-line`). */
  line?: 'row' | 'line';
}

export interface NavLink {
  key: string;
  text: string;
  url: Route;
}

export interface TimelineEntry {
  id: number | string;
  title: string;
  time: string;
  actor?: string | null;
  comment?: string | null;
}

/** What a page shows in place of its content when there is none. */
export interface EmptyProps {
  text: string;
  testId: string;
  children?: ReactNode;
}

export interface OptionChipsProps<V extends string> {
  options: ReadonlyArray<{ value: V; label: string }>;
  /** The chosen option(s), or '' / null for none. */
  value: V | readonly V[] | '' | null;
  /** Each chip is `<testIdPrefix>-<value>`. */
  testIdPrefix: string;
  disabled?: boolean;
  onChange: (value: V) => void;
}

export interface FieldProps {
  /** `id` and `data-testid` of the field: browser tests fill `#<id> input` and read `#<id> .<ns>-field-error`. */
  id?: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The page kit of one module: its components carry the module's class and test-id prefix (the
 * module's stylesheet and tests find them as before) beside the kit's own `kit-*` classes, which
 * `kit.css` styles once for every module.
 */
export function createKit({ ns, line = 'line' }: KitOptions) {
  /** The red band at the top of a page: its title and a line about it. */
  function Header({ title, intro }: { title: string; intro?: string }) {
    return (
      <View className={cx('kit-header', `${ns}-header`)}>
        <Text className={cx('kit-header-title', `${ns}-header-title`)}>{title}</Text>
        {intro && <Text className={cx('kit-header-sub', `${ns}-header-sub`)}>{intro}</Text>}
      </View>
    );
  }

  /** A page: the module's background and, with a title, the header. */
  function Page({
    className,
    title,
    intro,
    testId,
    children,
  }: {
    className?: string;
    title?: string;
    intro?: string;
    testId?: string;
    children?: ReactNode;
  }) {
    // The language's and elder mode's classes (Tibetan font and line breaking, larger text) on the root.
    const modeClass = usePageClass();
    return (
      <View className={cx('kit-page', `${ns}-page`, className, modeClass)} data-testid={testId}>
        {title && <Header title={title} intro={intro} />}
        {title && <ReadAloud text={() => [title, intro].filter(Boolean).join('\n')} />}
        {children}
      </View>
    );
  }

  function Loading({ text = kitText.loading }: { text?: string }) {
    return (
      <View className={cx('kit-state', `${ns}-state`, `${ns}-loading`)} data-testid={`${ns}-loading`}>
        <Text>{text}</Text>
      </View>
    );
  }

  function LoadFailed({ text = kitText.loadFailed, onRetry }: { text?: string; onRetry: () => void }) {
    return (
      <View className={cx('kit-state', `${ns}-state`, `${ns}-failed`)} data-testid={`${ns}-failed`}>
        <Text className={cx('kit-state-text', `${ns}-state-text`)}>{text}</Text>
        <Button type="primary" className={cx('kit-retry', `${ns}-retry`)} data-testid={`${ns}-retry`} onClick={onRetry}>
          {kitText.retry}
        </Button>
      </View>
    );
  }

  function Empty({ text, testId, children }: EmptyProps) {
    return (
      <View className={cx('kit-state', `${ns}-state`, `${ns}-empty`)} data-testid={testId}>
        <Text className={cx('kit-state-text', `${ns}-state-text`)}>{text}</Text>
        {children}
      </View>
    );
  }

  /**
   * The states of fetched content in one place: loading, failed (with 重新加载), nothing there
   * (`missing`: null data), empty (`empty`, when `isEmpty` — by default an empty array), else the
   * content.
   */
  function Remote<T>({
    remote,
    empty,
    isEmpty = (data: T) => Array.isArray(data) && data.length === 0,
    missing,
    children,
  }: {
    remote: { status: RemoteStatus; data: T | null; reload: () => unknown };
    empty?: EmptyProps;
    isEmpty?: (data: T) => boolean;
    missing?: EmptyProps;
    children: (data: T) => ReactNode;
  }) {
    const { status, data } = remote;
    if (status === 'loading') return <Loading />;
    if (status === 'failed') return <LoadFailed onRetry={() => void remote.reload()} />;
    if (data === null) return missing ? <Empty {...missing} /> : null;
    return (
      <>
        {empty && isEmpty(data) && <Empty {...empty} />}
        {children(data)}
      </>
    );
  }

  /** 加载更多 under a paged list (the page also loads the next page on reaching the bottom). */
  function LoadMore({ testId, loading, onClick }: { testId: string; loading: boolean; onClick: () => void }) {
    return (
      <View className={cx('kit-actions', `${ns}-actions`)}>
        <Button
          block
          className={cx('kit-load-more', `${ns}-load-more`)}
          data-testid={testId}
          loading={loading}
          disabled={loading}
          onClick={onClick}
        >
          {loading ? kitText.loadingMore : kitText.loadMore}
        </Button>
      </View>
    );
  }

  /** A labelled form field with its own error message (or hint) under it. */
  function Field({ id, label, required, error, hint, className, children }: FieldProps) {
    return (
      <View
        id={id}
        data-testid={id}
        className={cx('kit-field', `${ns}-field`, error && `kit-field-invalid ${ns}-field-invalid`, className)}
      >
        <View className={cx('kit-field-label', `${ns}-field-label`)}>
          {required && <Text className={cx('kit-field-required', `${ns}-field-required`)}>*</Text>}
          <Text>{label}</Text>
        </View>
        <View className={cx('kit-field-control', `${ns}-field-control`)}>{children}</View>
        {error && <Text className={cx('kit-field-error', `${ns}-field-error`)}>{error}</Text>}
        {hint && !error && <Text className={cx('kit-field-hint', `${ns}-field-hint`)}>{hint}</Text>}
      </View>
    );
  }

  /**
   * Plain tappable chips, one choice or several: the same on WeChat and H5 (and a browser test
   * clicks a chip by its test id), unlike a wheel picker.
   */
  function OptionChips<V extends string>({ options, value, testIdPrefix, disabled, onChange }: OptionChipsProps<V>) {
    const chosen = (v: V) => (Array.isArray(value) ? value.includes(v) : value === v);
    return (
      <View className={cx('kit-chips', `${ns}-chips`)}>
        {options.map((option) => (
          <View
            key={option.value}
            className={cx('kit-chip', `${ns}-chip`, chosen(option.value) && `kit-chip-active ${ns}-chip-active`)}
            data-testid={`${testIdPrefix}-${option.value}`}
            onClick={() => !disabled && onChange(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        ))}
      </View>
    );
  }

  /** A label and its value on one line ('—' when there is no value). */
  function InfoRow({
    label,
    value,
    testId,
    className,
    valueClassName,
  }: {
    label: string;
    value: string | number | null | undefined;
    testId?: string;
    className?: string;
    valueClassName?: string;
  }) {
    const shown = value === null || value === undefined || value === '' ? kitText.none : value;
    return (
      <View className={cx('kit-row', `${ns}-${line}`, className)} data-testid={testId}>
        <Text className={cx('kit-row-label', `${ns}-${line}-label`)}>{label}</Text>
        <Text className={cx('kit-row-value', `${ns}-${line}-value`, valueClassName)}>{shown}</Text>
      </View>
    );
  }

  /** The module's links to its other pages, side by side (`<testIdPrefix>-<key>`). */
  function NavLinks({ links, testIdPrefix }: { links: readonly NavLink[]; testIdPrefix: string }) {
    return (
      <View className={cx('kit-nav', `${ns}-nav`)}>
        {links.map(({ key, text, url }) => (
          <View
            key={key}
            className={cx('kit-nav-link', `${ns}-nav-link`, `${ns}-nav-${key}`)}
            data-testid={`${testIdPrefix}-${key}`}
            onClick={() => void Taro.navigateTo({ url })}
          >
            <Text>{text}</Text>
          </View>
        ))}
      </View>
    );
  }

  /** Every step of a record, newest first: what happened, when, who, and the comment; the newest stands out. */
  function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
    return (
      <View className={cx('kit-timeline', `${ns}-timeline`)} data-testid={`${ns}-timeline`}>
        {entries.map((entry, index) => (
          <View
            key={entry.id}
            className={cx('kit-timeline-item', `${ns}-timeline-item`, index === 0 && 'kit-timeline-item-latest')}
            data-testid={`${ns}-timeline-item`}
          >
            <View className="kit-timeline-dot" />
            <View className="kit-timeline-body">
              <View className="kit-timeline-head">
                <Text className="kit-timeline-title">{entry.title}</Text>
                <Text className="kit-timeline-time">{entry.time}</Text>
              </View>
              {entry.actor && <Text className="kit-timeline-actor">{entry.actor}</Text>}
              {entry.comment && <Text className="kit-timeline-comment">{entry.comment}</Text>}
            </View>
          </View>
        ))}
      </View>
    );
  }

  return {
    Page,
    Header,
    Loading,
    LoadFailed,
    Empty,
    Remote,
    LoadMore,
    Field,
    OptionChips,
    InfoRow,
    NavLinks,
    Timeline,
  };
}

export type Kit = ReturnType<typeof createKit>;
