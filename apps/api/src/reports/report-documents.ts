import {
  figureValue,
  MONTHLY_REPORT_STATUS_LABELS,
  MonthlyReportResponse,
  MonthlyReportStatus,
  reportTables,
} from '@steadywork/shared';
import {
  AlignmentType,
  BorderStyle,
  PageOrientation,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { shanghaiDate } from '../common/dates';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const num = (n: number) => n.toLocaleString('zh-CN');

/** 公文 margins (GB/T 9704): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, in twips. */
const PORTRAIT = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
const LANDSCAPE = { top: 1587, bottom: 1474, left: 2098, right: 1984 };

const FONT = 'SimSun';
const HEADING_FONT = 'SimHei';

const text = (t: string, opts: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text: t, bold: opts.bold, size: opts.size ?? 28, font: opts.font ?? FONT });

const para = (t: string, opts: { indent?: boolean; bold?: boolean; font?: string } = {}) =>
  new Paragraph({
    children: [text(t, { bold: opts.bold, font: opts.font })],
    indent: opts.indent === false ? undefined : { firstLine: 560 },
    spacing: { line: 560 },
  });

const heading = (t: string) => para(t, { indent: true, font: HEADING_FONT });

function table(header: string[], rows: string[][], firstColumnPercent = 24): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const rest = (100 - firstColumnPercent) / Math.max(1, header.length - 1);
  const cell = (t: string, bold = false, i = 1) =>
    new TableCell({
      width: { size: i === 0 ? firstColumnPercent : rest, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          alignment: i === 0 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [text(t, { bold, size: 21 })],
        }),
      ],
      borders: { top: border, bottom: border, left: border, right: border },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, i)) })),
    ],
  });
}

/** The report as an official document: 标题, sections numbered 一、二、…, tables, the sign-off. */
export async function reportDocx(r: MonthlyReportResponse): Promise<Buffer> {
  const t = reportTables(r);
  const byKey = Object.fromEntries(r.figures.map((f) => [f.key, f]));
  const v = (key: string, field: 'cumulative' | 'month' = 'cumulative') =>
    byKey[key] ? figureValue(byKey[key], byKey[key][field]) : '—';
  const openDemands = r.figures
    .filter((f) => f.key.startsWith('demands.open.') && f.cumulative > 0)
    .map((f) => `${f.label.replace('未办结诉求：', '').replace('（件）', '')}${f.cumulative}件`);
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [text(r.title, { size: 40, bold: true, font: HEADING_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [
        text(
          `（${MONTHLY_REPORT_STATUS_LABELS[r.status]}\u3000数据截至${r.year}年${r.month}月末，统计于${shanghaiDate(new Date(r.computedAt))}）`,
          { size: 24 },
        ),
      ],
    }),
    heading('一、主要目标任务完成情况'),
    para(
      `截至${r.month}月末，“221”帮扶实现就业创业${v('aid.outcomes')}人，发放帮扶资金${v('aid.paidFen')}；` +
        `完成职业技能培训${v('training.completions')}人次（其中家政服务${v('training.domestic')}人次），线上学习${v('training.online')}人次，` +
        `认定培训基地${v('training.bases')}个。本月完成培训${v('training.completions', 'month')}人次，职业介绍${v('jobs.referrals', 'month')}人次、成功入职${v('jobs.hires', 'month')}人。`,
    ),
    table(t.targets.header, t.targets.rows),
  ];
  // the regions side by side: a landscape page
  const regionPart = [
    heading('二、分地区完成情况'),
    ...(t.byRegion.rows.length ? [table(t.byRegion.header, t.byRegion.rows, 20)] : [para('本级无下级地区。')]),
  ];
  const rest = [
    heading('三、困难职工和零就业家庭'),
    para(
      `月末在档困难职工${num(r.hardship.openArchives)}户，本月新建档${num(r.hardship.openedInMonth)}户、解困${num(r.hardship.closedInMonth)}户；` +
        `零就业家庭${v('workers.zeroEmployment')}户（目标动态清零）。`,
    ),
    heading('四、经济性裁员和职工诉求'),
    para(
      `本月经济性裁员备案${v('layoffs.filings', 'month')}件、拟裁减${v('layoffs.workers', 'month')}人（年度累计${v('layoffs.filings')}件、${v('layoffs.workers')}人）；` +
        `受理职工诉求${v('demands.filed', 'month')}件、办结${v('demands.closed', 'month')}件` +
        (openDemands.length ? `，未办结：${openDemands.join('、')}。` : '，无未办结诉求。'),
    ),
    heading('五、预警提示'),
    ...(t.alerts.rows.length ? [table(t.alerts.header, t.alerts.rows)] : [para('本月各地区均未达到预警阈值。')]),
    heading('六、存在问题'),
    ...(r.problems.trim() ? r.problems.split(/\n+/).map((p) => para(p)) : [para('（待填写）')]),
    heading('七、工作建议'),
    ...(r.suggestions.trim() ? r.suggestions.split(/\n+/).map((p) => para(p)) : [para('（待填写）')]),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      children: [
        text(
          r.status === MonthlyReportStatus.ISSUED
            ? `签发：${r.issuedByName ?? ''}\u3000${shanghaiDate(new Date(r.issuedAt!))}`
            : '签发：（未签发）',
        ),
      ],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(`${r.regionName}总工会`)] }),
  ];
  const doc = new Document({
    creator: `${r.regionName}总工会`,
    title: r.title,
    sections: [
      { properties: { page: { margin: PORTRAIT } }, children },
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE } },
        children: regionPart,
      },
      { properties: { page: { margin: PORTRAIT } }, children: rest },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The report's tables as a workbook: 目标完成情况, 分地区, 预警. */
export async function reportXlsx(r: MonthlyReportResponse): Promise<Buffer> {
  const t = reportTables(r);
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[], rows: string[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([r.title]).font = { bold: true, size: 14 };
    ws.addRow(header).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 30 : 16));
  };
  sheet('目标完成情况', t.targets.header, t.targets.rows);
  sheet('分地区', t.byRegion.header, t.byRegion.rows);
  sheet('预警', t.alerts.header, t.alerts.rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
