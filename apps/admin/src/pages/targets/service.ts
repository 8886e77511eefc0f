import {
  DEMAND_CATEGORY_LABELS,
  type DemandCategory,
  type FigureListLink,
  type TargetFigure,
  type TargetsDashboard,
} from '@steadywork/shared';
import { currentLanguage, lookup, t } from '../../locales';
import { request } from '../../services/request';

export async function targetsDashboard(year: number, region?: string): Promise<TargetsDashboard> {
  const dashboard = await request<TargetsDashboard>('/dashboard/targets', { query: { year, region } });
  return { ...dashboard, figures: dashboard.figures.map((f) => ({ ...f, label: figureLabel(f) })) };
}

/**
 * A figure's name in the console's language: the API names figures in Chinese (its reports are
 * Chinese documents); other languages read them from the catalogue by the figure's key.
 */
export function figureLabel(figure: Pick<TargetFigure, 'key' | 'label'>): string {
  if (currentLanguage() === 'zh-CN') return figure.label;
  const open = /^demands\.open\.(\w+)$/.exec(figure.key);
  if (open && open[1] in DEMAND_CATEGORY_LABELS)
    return t('targets.openDemands', { category: DEMAND_CATEGORY_LABELS[open[1] as DemandCategory] });
  return lookup(`targets.figureLabels.${figure.key}`) ?? figure.label;
}

/** The console address of the list a figure counts: its page with the figure's filters (ListPage applies them). */
export function listHref(list: FigureListLink): string {
  const q = new URLSearchParams({ ...list.query, linked: '1' });
  return `${list.page}?${q.toString()}`;
}

/** A figure as people read it: money in yuan, counts with separators. */
export function figureText(value: number, unit: 'count' | 'fen' | 'people'): string {
  const locale = currentLanguage();
  if (unit === 'fen')
    return `¥${(value / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return value.toLocaleString(locale);
}

/** Whole percent of a target, rounded down; null without a positive target. */
export function percentOf(value: number, target: number | null): number | null {
  return target && target > 0 ? Math.floor((value * 100) / target) : null;
}
