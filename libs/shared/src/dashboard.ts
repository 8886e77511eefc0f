import { Role } from './roles';
import { localizedLabels } from './i18n/labels';

/** Who opens the targets dashboard (目标看板): the union staff whose lists it links to, in their scope. */
export const DASHBOARD_READ_ROLES: readonly Role[] = [Role.PROVINCE_REVIEWER, Role.REVIEWER];

export type TargetFigureGroup = 'aid' | 'training' | 'workers' | 'jobs' | 'layoffs' | 'demands';

export const TARGET_FIGURE_GROUP_LABELS: Record<TargetFigureGroup, string> = localizedLabels(
  'TARGET_FIGURE_GROUP_LABELS',
  {
    aid: '221 帮扶',
    training: '151 培训',
    workers: '零就业家庭',
    jobs: '就业服务',
    layoffs: '经济性裁员',
    demands: '职工诉求',
  },
);

/** The list a figure counts: the console page and the API list, with the filters that give its total. */
export interface FigureListLink {
  /** Console route, e.g. `/aid/applications`. */
  page: string;
  /** API list path under /api/v1, e.g. `/aid/applications`. */
  api: string;
  /** Query string parameters (both the page and the API take them). */
  query: Record<string, string>;
  /** How the list gives the figure: its row count, or the sum of a field of its rows. */
  total: 'count' | 'sum';
  /** For `sum`: the field of each row summed (a dotted path, e.g. `disbursement.amountFen`). */
  sumField?: string;
}

export interface TargetFigureRegion {
  regionCode: string;
  regionName: string;
  value: number;
  target: number | null;
  list: FigureListLink;
}

export interface TargetFigure {
  key: string;
  group: TargetFigureGroup;
  label: string;
  unit: 'count' | 'fen' | 'people';
  /** The year's figure (or, for a CURRENT figure, today's). */
  value: number;
  /** null: no target (目标未设置, or a figure that is watched, not targeted). */
  target: number | null;
  /**
   * PERIOD: counted from dated records of the year; CURRENT: the state of the records today (no
   * history is kept, so no month series).
   */
  basis: 'PERIOD' | 'CURRENT';
  /** The amount dated in each month (Jan..Dec, Asia/Shanghai); empty for CURRENT figures. */
  months: number[];
  /** The figure in each child region of the view. */
  byRegion: TargetFigureRegion[];
  list: FigureListLink;
}

export interface TargetsDashboard {
  year: number;
  regionCode: string;
  regionName: string;
  /** The child regions the view can drill into (cities under the province, counties under a city). */
  children: { regionCode: string; regionName: string }[];
  /** The parent view, when the caller may open it. */
  parentRegionCode: string | null;
  figures: TargetFigure[];
}
