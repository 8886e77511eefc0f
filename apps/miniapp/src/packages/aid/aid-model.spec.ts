import {
  AidApplicationStatus,
  AidEventType,
  AidType,
  EligibilityReason,
  creditCodeCheckChar,
  type AidApplicationResponse,
  type MyAidProgramResponse,
} from '@steadywork/shared';
import {
  applicationActions,
  emptyForm,
  fenToYuanText,
  formFromApplication,
  formatDate,
  formatDateTime,
  formatFen,
  formatPeriod,
  mapServerErrors,
  materialsTotalFen,
  newIdempotencyKey,
  newMaterialRow,
  programView,
  quotaLeft,
  rowSubtotalFen,
  timeline,
  toRequest,
  validateForm,
  yuanToFen,
  type AidForm,
} from './aid-model';

/** A valid unified social credit code (GB 32100 check character computed by the shared validator). */
const BODY = '91630100MA7';
const FIRST17 = `${BODY}${'1'.repeat(17 - BODY.length)}`;
const CREDIT_CODE = `${FIRST17}${creditCodeCheckChar(FIRST17)}`;

const REQUIREMENTS = [
  { key: 'licence', label: '营业执照或创业计划书' },
  { key: 'quote', label: '物资报价单' },
];

function program(overrides: Partial<MyAidProgramResponse> = {}): MyAidProgramResponse {
  return {
    id: 3,
    year: 2026,
    aidType: AidType.STARTUP_SUBSIDY,
    name: '2026年“221”工程创业补助',
    description: '为困难职工自主创业提供一次性补助。',
    amountFen: 2_000_000,
    quota: 20,
    awarded: 5,
    regionQuotas: null,
    applyFrom: '2026-03-01',
    applyUntil: '2026-12-31',
    open: true,
    requiredAttachments: REQUIREMENTS,
    outcomeTarget: 100,
    onePerYear: true,
    minAge: 16,
    maxAge: 60,
    createdAt: '2026-01-05T02:00:00.000Z',
    eligibility: { eligible: true, reasons: [] },
    myApplicationId: null,
    ...overrides,
  };
}

function application(overrides: Partial<AidApplicationResponse> = {}): AidApplicationResponse {
  return {
    id: 41,
    programId: 3,
    programName: '2026年“221”工程生产资料帮扶',
    year: 2026,
    aidType: AidType.PRODUCTION_MATERIALS,
    amountFen: 2_000_000,
    status: AidApplicationStatus.DRAFT,
    workerId: 7,
    workerName: '马晓兰',
    idNumberMasked: '630102********0829',
    regionCode: '630102',
    regionName: '青海省西宁市城东区',
    startup: null,
    materials: null,
    statement: null,
    attachments: [],
    lastComment: null,
    submittedAt: null,
    approvedAt: null,
    disbursement: null,
    objectionPending: false,
    createdAt: '2026-11-23T08:00:00.000Z',
    updatedAt: '2026-11-23T08:00:00.000Z',
    events: [],
    ...overrides,
  };
}

const startupForm = (overrides: Partial<AidForm> = {}): AidForm => ({
  ...emptyForm(),
  businessName: '湟中区马记牛肉面馆',
  creditCode: CREDIT_CODE,
  expectedJobs: '3',
  statement: '家中两人失业，想开面馆自谋生路。',
  attachments: [
    { key: 'licence', fileId: 'f-1', name: '营业执照.jpg' },
    { key: 'quote', fileId: 'f-2', name: '报价单.pdf' },
  ],
  ...overrides,
});

describe('money', () => {
  it('shows integer fen as yuan with thousands separators and two decimals', () => {
    expect(formatFen(2_000_000)).toBe('¥20,000.00');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123_456_789)).toBe('¥1,234,567.89');
    expect(formatFen(-1050)).toBe('-¥10.50');
  });

  it('parses yuan as typed into integer fen without floating-point error', () => {
    expect(yuanToFen('3500')).toBe(350_000);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('1,234.5')).toBe(123_450);
    expect(yuanToFen(' ¥ 8. ')).toBe(800);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(yuanToFen('1.005')).toBeNull();
    expect(yuanToFen('-3')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen('123456789')).toBeNull();
  });

  it('turns fen back into what a price input shows', () => {
    expect(fenToYuanText(350_000)).toBe('3500');
    expect(fenToYuanText(12_345)).toBe('123.45');
    expect(fenToYuanText(1250)).toBe('12.50');
    expect(yuanToFen(fenToYuanText(1999))).toBe(1999);
  });

  it('totals the rows whose quantity and price are valid', () => {
    const rows = [
      newMaterialRow({ name: '电动三轮车', quantity: '1', unitPrice: '3500' }),
      newMaterialRow({ name: '冰柜', quantity: '2', unitPrice: '1299.5' }),
      newMaterialRow({ name: '半成品', quantity: '1.5', unitPrice: '10' }),
    ];
    expect(rowSubtotalFen(rows[1])).toBe(259_900);
    expect(rowSubtotalFen(rows[2])).toBeNull();
    expect(materialsTotalFen(rows)).toBe(609_900);
  });
});

describe('dates in Asia/Shanghai', () => {
  it('shows ISO UTC times in Beijing time, across midnight and year end', () => {
    expect(formatDateTime('2026-11-23T08:05:00.000Z')).toBe('2026-11-23 16:05');
    expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('keeps calendar dates as they are and turns date-times into their Beijing date', () => {
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    expect(formatDate('2026-02-28T17:00:00Z')).toBe('2026-03-01');
  });

  it('states a publicity period in whole days when it runs midnight to midnight', () => {
    expect(formatPeriod('2026-11-22T16:00:00Z', '2026-11-27T16:00:00Z')).toBe('2026-11-23 至 2026-11-27');
    expect(formatPeriod('2026-11-22T16:00:00Z', '2026-11-27T15:59:59.999Z')).toBe('2026-11-23 至 2026-11-27');
    expect(formatPeriod('2026-11-23T01:30:00Z', '2026-11-28T01:30:00Z')).toBe('2026-11-23 09:30 至 2026-11-28 09:30');
  });
});

describe('programmes and eligibility', () => {
  it('counts the places left, never below zero', () => {
    expect(quotaLeft({ quota: 20, awarded: 5 })).toBe(15);
    expect(quotaLeft({ quota: 20, awarded: 21 })).toBe(0);
  });

  it('offers the apply button to an eligible worker', () => {
    expect(programView(program())).toEqual({ action: 'apply', reasons: [] });
  });

  it('disables applying and lists each reason when the worker is not eligible', () => {
    const view = programView(
      program({
        eligibility: {
          eligible: false,
          reasons: [
            { code: EligibilityReason.NO_ACTIVE_ARCHIVE, message: '没有在档的困难档案' },
            { code: EligibilityReason.AGE, message: '' },
          ],
        },
      }),
    );
    expect(view).toEqual({ action: 'blocked', reasons: ['没有在档的困难档案', '不在劳动年龄'] });
  });

  it('sends a worker who has not registered to the registration page', () => {
    const view = programView(
      program({
        eligibility: {
          eligible: false,
          reasons: [{ code: EligibilityReason.NOT_REGISTERED, message: '请先完成实名登记' }],
        },
      }),
    );
    expect(view.action).toBe('register');
  });

  it('links to the open application instead of a new one', () => {
    const view = programView(
      program({
        myApplicationId: 41,
        eligibility: {
          eligible: false,
          reasons: [{ code: EligibilityReason.OPEN_APPLICATION, message: '已有进行中的申请' }],
        },
      }),
    );
    expect(view).toEqual({ action: 'view', reasons: ['已有进行中的申请'] });
  });
});

describe('startup subsidy form', () => {
  it('accepts a complete form and builds the request', () => {
    const form = startupForm({ creditCode: ` ${CREDIT_CODE.toLowerCase()} ` });
    expect(validateForm(form, AidType.STARTUP_SUBSIDY, REQUIREMENTS, 'submit')).toEqual({});
    expect(toRequest(form, 3, AidType.STARTUP_SUBSIDY)).toEqual({
      programId: 3,
      startup: { businessName: '湟中区马记牛肉面馆', creditCode: CREDIT_CODE, businessPlan: null, expectedJobs: 3 },
      materials: null,
      statement: '家中两人失业，想开面馆自谋生路。',
      attachments: [
        { key: 'licence', fileId: 'f-1' },
        { key: 'quote', fileId: 'f-2' },
      ],
    });
  });

  it('checks the credit code with the GB 32100 check character', () => {
    const wrongCheck = `${FIRST17}${CREDIT_CODE[17] === '0' ? '1' : '0'}`;
    expect(validateForm(startupForm({ creditCode: wrongCheck }), AidType.STARTUP_SUBSIDY, [], 'draft')).toEqual({
      creditCode: '统一社会信用代码不正确，请核对营业执照',
    });
    expect(validateForm(startupForm({ creditCode: '9163' }), AidType.STARTUP_SUBSIDY, [], 'draft')).toEqual({
      creditCode: '统一社会信用代码应为18位',
    });
  });

  it('needs a credit code or a business plan, and a whole number of jobs, to submit', () => {
    const form = startupForm({ creditCode: '', businessPlan: '', expectedJobs: '0', businessName: '' });
    expect(validateForm(form, AidType.STARTUP_SUBSIDY, REQUIREMENTS, 'submit')).toEqual({
      businessName: '请填写经营主体名称',
      creditCode: '请填写统一社会信用代码或创业计划书（至少一项）',
      businessPlan: '请填写统一社会信用代码或创业计划书（至少一项）',
      expectedJobs: '预计带动就业人数应为不小于1的整数',
    });
    expect(
      validateForm(
        startupForm({ creditCode: '', businessPlan: '在湟中区开一家面馆', expectedJobs: '2.5' }),
        AidType.STARTUP_SUBSIDY,
        REQUIREMENTS,
        'submit',
      ),
    ).toEqual({ expectedJobs: '预计带动就业人数应为不小于1的整数' });
  });

  it('saves an unfinished draft, leaving out what is not typed yet', () => {
    const form: AidForm = { ...emptyForm(), businessName: '马记面馆' };
    expect(validateForm(form, AidType.STARTUP_SUBSIDY, REQUIREMENTS, 'draft')).toEqual({});
    expect(toRequest(form, 3, AidType.STARTUP_SUBSIDY)).toEqual({
      programId: 3,
      startup: { businessName: '马记面馆', creditCode: null, businessPlan: null },
      materials: null,
      statement: '',
      attachments: [],
    });
    expect(toRequest(emptyForm(), 3, AidType.STARTUP_SUBSIDY).startup).toBeNull();
  });

  it('asks for every required attachment on submit, naming it', () => {
    const form = startupForm({ attachments: [{ key: 'licence', fileId: 'f-1', name: 'a.jpg' }] });
    expect(validateForm(form, AidType.STARTUP_SUBSIDY, REQUIREMENTS, 'submit')).toEqual({
      'attachments.quote': '请上传物资报价单',
    });
    expect(validateForm(form, AidType.STARTUP_SUBSIDY, REQUIREMENTS, 'draft')).toEqual({});
  });
});

describe('production materials form', () => {
  const base = (): AidForm => ({
    ...emptyForm(),
    items: [
      newMaterialRow({ name: ' 电动三轮车 ', quantity: '1', unitPrice: '3500' }),
      newMaterialRow(),
      newMaterialRow({ name: '冰柜', quantity: '2', unitPrice: '1299.50' }),
    ],
    purpose: '流动售卖',
    statement: '想摆摊卖菜。',
  });

  it('sends the rows with prices in fen, skipping blank rows', () => {
    expect(validateForm(base(), AidType.PRODUCTION_MATERIALS, [], 'submit')).toEqual({});
    expect(toRequest(base(), 5, AidType.PRODUCTION_MATERIALS)).toEqual({
      programId: 5,
      startup: null,
      materials: {
        items: [
          { name: '电动三轮车', quantity: 1, unitPriceFen: 350_000 },
          { name: '冰柜', quantity: 2, unitPriceFen: 129_950 },
        ],
        purpose: '流动售卖',
      },
      statement: '想摆摊卖菜。',
      attachments: [],
    });
  });

  it('names the bad cell of a row', () => {
    const form = base();
    form.items[2] = { ...form.items[2], name: '', quantity: '0', unitPrice: '12.345' };
    form.items[1] = { ...form.items[1], unitPrice: '5' };
    form.items[0] = { ...form.items[0], unitPrice: '1000000.01' };
    expect(validateForm(form, AidType.PRODUCTION_MATERIALS, [], 'draft')).toEqual({
      'items.0.unitPrice': '单价不能超过100万元',
      'items.1.name': '请填写物资名称',
      'items.1.quantity': '请填写数量',
      'items.2.name': '请填写物资名称',
      'items.2.quantity': '数量应为正整数',
      'items.2.unitPrice': '单价应为大于0的金额，最多两位小数',
    });
  });

  it('needs at least one item and a purpose to submit; the statement may stay empty', () => {
    expect(validateForm(emptyForm(), AidType.PRODUCTION_MATERIALS, [], 'submit')).toEqual({
      items: '请至少填写一项生产资料',
      purpose: '请填写用途',
    });
    expect(validateForm(emptyForm(), AidType.PRODUCTION_MATERIALS, [], 'draft')).toEqual({});
    expect(toRequest(emptyForm(), 5, AidType.PRODUCTION_MATERIALS).materials).toBeNull();
  });

  it('refills the form from a saved application', () => {
    const form = formFromApplication(
      application({
        materials: { items: [{ name: '冰柜', quantity: 2, unitPriceFen: 129_950 }], purpose: '流动售卖' },
        statement: '想摆摊卖菜。',
        attachments: [{ id: 'f-9', key: 'quote', name: '报价单.pdf', mime: 'application/pdf', size: 1, createdAt: '' }],
      }),
    );
    expect(form.items.map(({ name, quantity, unitPrice }) => ({ name, quantity, unitPrice }))).toEqual([
      { name: '冰柜', quantity: '2', unitPrice: '1299.50' },
    ]);
    expect(form.purpose).toBe('流动售卖');
    expect(form.attachments).toEqual([{ key: 'quote', fileId: 'f-9', name: '报价单.pdf' }]);
    expect(toRequest(form, 3, AidType.PRODUCTION_MATERIALS).materials).toEqual({
      items: [{ name: '冰柜', quantity: 2, unitPriceFen: 129_950 }],
      purpose: '流动售卖',
    });
  });
});

describe("the server's field errors", () => {
  it('puts nested and indexed fields beside their inputs and keeps the rest apart', () => {
    const { fields, other } = mapServerErrors(
      [
        { field: 'startup.creditCode', message: '统一社会信用代码有误，请对照营业执照核对' },
        { field: 'materials.items[1].unitPriceFen', message: '单价必须大于0' },
        { field: 'materials.items', message: '请填写生产资料清单' },
        { field: 'attachments[1].fileId', message: '附件不存在，请重新上传' },
        { field: 'attachments.licence', message: '请上传营业执照' },
        { field: 'attachments.unknown', message: '缺少材料：其他' },
        { field: 'statement', message: '请填写申请理由' },
        { field: 'programId', message: '帮扶项目不存在' },
      ],
      [{ key: 'licence' }, { key: 'quote' }],
      ['licence', 'quote'],
    );
    expect(fields).toEqual({
      creditCode: '统一社会信用代码有误，请对照营业执照核对',
      'items.1.unitPrice': '单价必须大于0',
      items: '请填写生产资料清单',
      'attachments.quote': '附件不存在，请重新上传',
      'attachments.licence': '请上传营业执照',
      statement: '请填写申请理由',
    });
    expect(other).toEqual(['缺少材料：其他', '帮扶项目不存在']);
  });
});

describe('applications', () => {
  it('lists every step newest first with its label, Beijing time, actor and comment', () => {
    const entries = timeline(
      application({
        events: [
          {
            id: 1,
            type: AidEventType.CREATED,
            fromStatus: null,
            toStatus: AidApplicationStatus.DRAFT,
            comment: null,
            actorName: '本人',
            createdAt: '2026-11-23T08:00:00Z',
          },
          {
            id: 3,
            type: AidEventType.RETURNED,
            fromStatus: AidApplicationStatus.SUBMITTED,
            toStatus: AidApplicationStatus.RETURNED,
            comment: ' 请补充营业执照照片 ',
            actorName: '王审核',
            createdAt: '2026-11-25T02:30:00Z',
          },
          {
            id: 2,
            type: AidEventType.SUBMITTED,
            fromStatus: AidApplicationStatus.DRAFT,
            toStatus: AidApplicationStatus.SUBMITTED,
            comment: '',
            actorName: null,
            createdAt: '2026-11-24T01:00:00Z',
          },
        ],
      }),
    );
    expect(entries).toEqual([
      { id: 3, title: '退回修改', time: '2026-11-25 10:30', actor: '王审核', comment: '请补充营业执照照片' },
      { id: 2, title: '提交申请', time: '2026-11-24 09:00', actor: '系统', comment: null },
      { id: 1, title: '创建草稿', time: '2026-11-23 16:00', actor: '本人', comment: null },
    ]);
  });

  it('lets the worker edit a draft, amend a returned application, and withdraw until the first review', () => {
    expect(applicationActions({ status: AidApplicationStatus.DRAFT })).toEqual({
      edit: true,
      resubmit: false,
      withdraw: true,
    });
    expect(applicationActions({ status: AidApplicationStatus.RETURNED })).toEqual({
      edit: false,
      resubmit: true,
      withdraw: true,
    });
    expect(applicationActions({ status: AidApplicationStatus.SUBMITTED })).toEqual({
      edit: false,
      resubmit: false,
      withdraw: true,
    });
    expect(applicationActions({ status: AidApplicationStatus.FIRST_APPROVED })).toEqual({
      edit: false,
      resubmit: false,
      withdraw: false,
    });
  });

  it('makes a fresh UUID-shaped idempotency key each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
