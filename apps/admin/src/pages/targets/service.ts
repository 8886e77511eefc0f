import type { FigureListLink, TargetsDashboard } from '@steadywork/shared';
import { request } from '../../services/request';

export function targetsDashboard(year: number, region?: string): Promise<TargetsDashboard> {
  return request<TargetsDashboard>('/dashboard/targets', { query: { year, region } });
}

/** The console address of the list a figure counts: its page with the figure's filters (ListPage applies them). */
export function listHref(list: FigureListLink): string {
  const q = new URLSearchParams({ ...list.query, linked: '1' });
  return `${list.page}?${q.toString()}`;
}

/** A figure as people read it: money in yuan, counts with separators. */
export function figureText(value: number, unit: 'count' | 'fen' | 'people'): string {
  if (unit === 'fen')
    return `¥${(value / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return value.toLocaleString('zh-CN');
}

/** Whole percent of a target, rounded down; null without a positive target. */
export function percentOf(value: number, target: number | null): number | null {
  return target && target > 0 ? Math.floor((value * 100) / target) : null;
}
