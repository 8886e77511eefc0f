import { DownOutlined } from '@ant-design/icons';
import { ProTable, type ActionType, type ProColumns, type ProTableProps } from '@ant-design/pro-components';
import type { Page } from '@steadywork/shared';
import { Alert, Button, Empty, Typography, type CheckboxProps } from 'antd';
import { useEffect, useMemo, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../access/auth-context';
import { t } from '../../locales';
import type { Download } from '../../services/request';
import { useRegionTree } from '../../services/regions';
import { pageOf, toTableResult, type TableParams } from '../../services/table';
import { ExportButton } from '../ExportButton';
import { RegionCascader } from '../RegionCascader';

// ProTable's own bound: a record of any fields (an interface fits it, as it does not fit `unknown`).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

export interface ListPageProps<T extends Row, F extends object> extends Omit<
  ProTableProps<T, TableParams>,
  'request' | 'columns' | 'toolBarRender' | 'actionRef'
> {
  columns: ProColumns<T>[];
  /** The search form's values as the API's filters (the export takes the same). */
  filters?: (params: TableParams) => F;
  /** The rows for the filters: one page, or every row of a short list. */
  load: (query: F & { page: number; pageSize: number }) => Promise<Page<T> | T[]>;
  /** 导出 Excel of the rows on screen. */
  exportFile?: { fileName: string; load: (filters: F) => Promise<Download> };
  /** Buttons before 导出 (create, import…). */
  actions?: ReactNode[];
  /** What an empty list says. */
  emptyText?: ReactNode;
  actionRef?: MutableRefObject<ActionType | undefined>;
}

/**
 * A console list: ProTable from a column definition with the console's defaults (search form open,
 * 20 rows a page, no density/setting buttons), the API's filters and paging, 导出 with the filters of
 * the rows on screen, and an error state that offers to load again.
 */
export function ListPage<T extends Row, F extends object = Record<string, never>>({
  columns,
  filters: filtersOf,
  load,
  exportFile,
  actions = [],
  emptyText,
  actionRef: givenRef,
  search,
  ...table
}: ListPageProps<T, F>) {
  // a selection column takes its own few pixels beside the shares
  const fitted = useMemo(() => fitColumns(columns, table.rowSelection ? 95 : 100), [columns, table.rowSelection]);
  const ownRef = useRef<ActionType>();
  const actionRef = givenRef ?? ownRef;
  const filters = useRef<F>({} as F);
  const [failed, setFailed] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const linked = useMemo(() => linkedFilters(location.search), [location.search]);
  const linkedRef = useRef(linked);
  useEffect(() => {
    if (linkedRef.current === linked) return;
    linkedRef.current = linked;
    void actionRef.current?.reload();
  }, [linked, actionRef]);

  const failure = (
    <Empty description={t('common.loadFailed')} data-testid="list-failed">
      <Button onClick={() => void actionRef.current?.reload()}>{t('common.retry')}</Button>
    </Empty>
  );
  const locale = failed ? { emptyText: failure } : emptyText ? { emptyText } : undefined;

  const table$ = (
    <ProTable<T, TableParams>
      rowKey="id"
      actionRef={actionRef}
      tableLayout="fixed"
      columns={fitted}
      search={
        search === false
          ? false
          : search
            ? { collapseRender, ...search }
            : { labelWidth: 'auto', defaultCollapsed: false, collapseRender }
      }
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      options={{ density: false, setting: false }}
      locale={locale}
      toolBarRender={() => [
        ...actions,
        ...(exportFile
          ? [
              <ExportButton
                key="export"
                fileName={exportFile.fileName}
                load={() => exportFile.load({ ...linkedRef.current, ...filters.current } as F)}
              />,
            ]
          : []),
      ]}
      request={async (params) => {
        filters.current = definedOnly(filtersOf ? filtersOf(params) : ({} as F));
        const rows = load({ ...pageOf(params), ...linkedRef.current, ...filters.current } as F & {
          page: number;
          pageSize: number;
        });
        const result = await toTableResult(
          rows.then((r) => (Array.isArray(r) ? { items: r, total: r.length, page: 1, pageSize: r.length } : r)),
        );
        setFailed(!result.success);
        return result;
      }}
      {...table}
    />
  );
  if (!Object.keys(linked).length) return table$;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="list-linked"
        message={t('common.linkedFilters')}
        action={
          <Button size="small" onClick={() => navigate(location.pathname, { replace: true })}>
            {t('common.clearLinkedFilters')}
          </Button>
        }
      />
      {table$}
    </>
  );
}

/**
 * A row's selection box named for a screen reader (by the worker, the posting…): antd passes the
 * attribute on to the checkbox, though its CheckboxProps type does not list it.
 */
export function namedCheckbox(name: string): CheckboxProps {
  return { 'aria-label': name } as CheckboxProps;
}

/**
 * 展开 / 收起 of the search form as a button: ProComponents' own is a link without an address,
 * which Tab passes by. The button sits in ProComponents' clickable wrapper, so pressing it (Enter,
 * Space or a click) toggles the form.
 */
function collapseRender(collapsed: boolean): ReactNode {
  return (
    <Button type="link" size="small" style={{ padding: 0 }} aria-expanded={!collapsed}>
      {collapsed ? t('common.expand') : t('common.collapse')}
      <DownOutlined style={{ transition: '0.3s', transform: `rotate(${collapsed ? 0 : 0.5}turn)` }} />
    </Button>
  );
}

/**
 * The filters a figure of the targets dashboard links with (`?linked=1&year=2026&…`, the API's own
 * parameter names): the list shows the very rows the figure counts, on top of its own search form.
 */
function linkedFilters(query: string): Record<string, string> {
  const search = new URLSearchParams(query);
  if (search.get('linked') !== '1') return {};
  search.delete('linked');
  return Object.fromEntries(search.entries());
}

function definedOnly<F extends object>(filters: F): F {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as F;
}

/**
 * Columns that fit the console at any width from 1280 px up, with no column pushed under a fixed one
 * or off to the right: narrow columns (a status, a count, the actions) keep the pixels the page gives
 * them, and the wide ones share what is left in proportion to theirs (120 where a page gives none).
 * Text that does not fit is cut with an ellipsis and shows whole on hover; the actions column wraps.
 * `percent` is the share of the table the columns take (a selection column takes its own pixels).
 */
export function fitColumns<T>(columns: ProColumns<T>[], percent = 100): ProColumns<T>[] {
  const shown = columns.filter((c) => !c.hideInTable);
  const actions = (c: ProColumns<T>) => c.valueType === 'option' || c.fixed !== undefined;
  const px = (c: ProColumns<T>) => (typeof c.width === 'number' ? c.width : 120);
  const narrow = (c: ProColumns<T>) => actions(c) || px(c) <= NARROW_COLUMN;
  const fixedPx = shown.filter(narrow).reduce((sum, c) => sum + px(c), 0);
  const flexible = shown.filter((c) => !narrow(c)).reduce((sum, c) => sum + px(c), 0);
  return columns.map((c) => {
    if (c.hideInTable) return c;
    const share = (px(c) / flexible).toFixed(4);
    return {
      ...c,
      fixed: undefined,
      width: narrow(c) ? px(c) : `calc((${percent}% - ${fixedPx}px) * ${share})`,
      ellipsis: c.ellipsis ?? !actions(c),
    };
  });
}

/** A column this wide or narrower keeps its pixels (a status tag, a count, a date). */
const NARROW_COLUMN = 120;

/** The last code of a region cascader's value (the region picked at any level), or nothing. */
export function regionOf(value: unknown): string | undefined {
  return Array.isArray(value) && value.length ? String(value[value.length - 1]) : undefined;
}

/**
 * The region filter of a list, over the regions the user's data scope holds: a search-only column
 * named `region` (read it with `regionOf(params.region)`).
 */
export function useRegionFilter<T>(title: string): ProColumns<T> {
  const { me } = useAuth();
  const tree = useRegionTree(me?.organization.regionCode);
  return {
    title,
    dataIndex: 'region',
    hideInTable: true,
    renderFormItem: () => <RegionCascader tree={tree} anyLevel placeholder={title} />,
  };
}

/**
 * A cell of two lines, the second in grey (a course's organiser under its name, the end date under
 * the start): one column where two would not fit. Each line is cut with an ellipsis and shows whole
 * on hover.
 */
export function CellLines({ main, sub }: { main: ReactNode; sub?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Typography.Text ellipsis={{ tooltip: true }}>{main}</Typography.Text>
      {sub !== undefined && sub !== null && sub !== false && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ fontSize: 12 }}>
          {sub}
        </Typography.Text>
      )}
    </div>
  );
}
