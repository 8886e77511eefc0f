import { ProTable, type ActionType, type ProColumns, type ProTableProps } from '@ant-design/pro-components';
import type { Page } from '@steadywork/shared';
import { Button, Empty } from 'antd';
import { useRef, useState, type MutableRefObject, type ReactNode } from 'react';
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
  /** The horizontal scroll width of a wide table. */
  scrollX?: number;
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
  scrollX,
  emptyText,
  actionRef: givenRef,
  ...table
}: ListPageProps<T, F>) {
  const ownRef = useRef<ActionType>();
  const actionRef = givenRef ?? ownRef;
  const filters = useRef<F>({} as F);
  const [failed, setFailed] = useState(false);

  const failure = (
    <Empty description={t('common.loadFailed')} data-testid="list-failed">
      <Button onClick={() => void actionRef.current?.reload()}>{t('common.retry')}</Button>
    </Empty>
  );
  const locale = failed ? { emptyText: failure } : emptyText ? { emptyText } : undefined;

  return (
    <ProTable<T, TableParams>
      rowKey="id"
      actionRef={actionRef}
      scroll={scrollX ? { x: scrollX } : undefined}
      columns={columns}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      options={{ density: false, setting: false }}
      locale={locale}
      toolBarRender={() => [
        ...actions,
        ...(exportFile
          ? [<ExportButton key="export" fileName={exportFile.fileName} load={() => exportFile.load(filters.current)} />]
          : []),
      ]}
      request={async (params) => {
        filters.current = filtersOf ? filtersOf(params) : ({} as F);
        const rows = load({ ...pageOf(params), ...filters.current });
        const result = await toTableResult(
          rows.then((r) => (Array.isArray(r) ? { items: r, total: r.length, page: 1, pageSize: r.length } : r)),
        );
        setFailed(!result.success);
        return result;
      }}
      {...table}
    />
  );
}

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
