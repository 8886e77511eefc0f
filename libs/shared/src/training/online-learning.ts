import { localizedLabels } from '../i18n/labels';
export enum OnlineLearningChannel {
  IMPORT = 'IMPORT',
  MINIPROGRAM = 'MINIPROGRAM',
}

export const ONLINE_LEARNING_CHANNEL_LABELS: Record<OnlineLearningChannel, string> = localizedLabels(
  'ONLINE_LEARNING_CHANNEL_LABELS',
  {
    [OnlineLearningChannel.IMPORT]: '平台导入',
    [OnlineLearningChannel.MINIPROGRAM]: '小程序学习',
  },
);

/** The columns of the import sheet (.xlsx or .csv, first row the headers). */
export const ONLINE_LEARNING_COLUMNS = [
  { key: 'idNumber', header: '身份证号' },
  { key: 'name', header: '姓名' },
  { key: 'itemKey', header: '学习内容编号' },
  { key: 'itemTitle', header: '学习内容' },
  { key: 'durationMinutes', header: '学习时长（分钟）' },
  { key: 'studiedOn', header: '学习日期' },
  { key: 'source', header: '来源平台' },
] as const;

/** A record the mini-program's learning pages log for the worker. */
export interface OnlineLearningLogRequest {
  itemKey: string;
  itemTitle: string;
  durationMinutes: number;
  /** YYYY-MM-DD; default today. */
  studiedOn?: string;
}

export interface OnlineLearningRecordResponse {
  id: number;
  workerId: number;
  itemKey: string;
  itemTitle: string;
  durationMinutes: number;
  studiedOn: string;
  source: string;
  channel: OnlineLearningChannel;
  createdAt: string;
}

/** A record in the staff list (the console's 网上学习记录). */
export interface OnlineLearningListItem extends OnlineLearningRecordResponse {
  workerName: string;
  idNumberMasked: string;
  regionCode: string;
  regionName: string;
}

export interface OnlineLearningQuery {
  year?: number;
  regionCode?: string;
  channel?: OnlineLearningChannel;
  /** The last 4 ID characters, or part of the name. */
  keyword?: string;
  /** Part of the item's number or title. */
  item?: string;
  page?: number;
  pageSize?: number;
}

export interface OnlineLearningRowError {
  /** The sheet's row number (the header is row 1). */
  row: number;
  field: string;
  message: string;
}

export interface OnlineLearningImportResponse {
  rows: number;
  added: number;
  /** Rows already counted before (same worker and item): nothing added. */
  duplicates: number;
  failed: number;
  errors: OnlineLearningRowError[];
}
