import { CenterService, DisputeType, ServiceRequestStatus } from '@steadywork/shared';
import {
  FILTER_SERVICES,
  buildCenterQuery,
  centerMarkers,
  emptyRequestForm,
  formatDateTime,
  formatDistance,
  formatRating,
  mapCenter,
  mapServerErrors,
  mergePage,
  newIdempotencyKey,
  originNote,
  preferredTimeIso,
  regionAffinity,
  requestView,
  shanghaiDate,
  sortByRegion,
  sortRecords,
  sortRequests,
  splitServices,
  starsText,
  toServiceRequestInput,
  validateRating,
  validateRequestForm,
  webMapUrl,
  type RequestForm,
} from './centers-model';

const OFFERED = [CenterService.JOB_REGISTRATION, CenterService.LEGAL_AID, CenterService.WATER];
const NOW = new Date('2026-11-23T02:00:00.000Z'); // 10:00 in Xining

function form(overrides: Partial<RequestForm> = {}): RequestForm {
  return {
    serviceType: CenterService.JOB_REGISTRATION,
    disputeType: '',
    description: '想找一份电工的工作',
    date: '',
    time: '',
    attachments: [],
    ...overrides,
  };
}

describe('distance, stars and ratings', () => {
  it.each([
    [0, '0 米'],
    [350, '350 米'],
    [349.6, '350 米'],
    [999.4, '999 米'],
    [999.6, '1.0 公里'],
    [1000, '1.0 公里'],
    [1234, '1.2 公里'],
    [1250, '1.3 公里'],
    [15_040, '15.0 公里'],
    [99_949, '99.9 公里'],
    [125_400, '125 公里'],
  ])('%d m → %s', (meters, text) => {
    expect(formatDistance(meters)).toBe(text);
  });

  it('shows no distance when the API gave none', () => {
    expect(formatDistance(null)).toBe('');
    expect(formatDistance(undefined)).toBe('');
    expect(formatDistance(Number.NaN)).toBe('');
    expect(formatDistance(-5)).toBe('');
  });

  it('draws stars out of five, nothing when never rated', () => {
    expect(starsText(3)).toBe('★★★☆☆');
    expect(starsText(5)).toBe('★★★★★');
    expect(starsText(1)).toBe('★☆☆☆☆');
    expect(starsText(null)).toBe('');
    expect(formatRating(4.25)).toBe('4.3');
    expect(formatRating(4)).toBe('4.0');
    expect(formatRating(null)).toBeNull();
  });

  it('puts the requestable services before the amenities', () => {
    expect(FILTER_SERVICES.slice(0, 5)).toEqual([
      CenterService.JOB_REGISTRATION,
      CenterService.CAREER_GUIDANCE,
      CenterService.JOB_REFERRAL,
      CenterService.SKILLS_TRAINING,
      CenterService.LEGAL_AID,
    ]);
    expect(FILTER_SERVICES).toHaveLength(10);
    expect(splitServices([CenterService.WATER, CenterService.LEGAL_AID, CenterService.JOB_REGISTRATION])).toEqual({
      requestable: [CenterService.JOB_REGISTRATION, CenterService.LEGAL_AID],
      amenities: [CenterService.WATER],
    });
  });
});

describe('the list query and its order', () => {
  it('asks by location, rounded to six decimals, with the service filter', () => {
    const origin = { kind: 'location' as const, location: { latitude: 36.61712345, longitude: 101.77823456 } };
    expect(buildCenterQuery(origin, CenterService.LEGAL_AID, 1)).toEqual({
      page: 1,
      pageSize: 20,
      service: CenterService.LEGAL_AID,
      lat: 36.617123,
      lng: 101.778235,
    });
  });

  it("asks by the worker's region, or for everything once widened", () => {
    const origin = { kind: 'region' as const, regionCode: '630102', regionName: '城东区' };
    expect(buildCenterQuery(origin, null, 2)).toEqual({ page: 2, pageSize: 20, regionCode: '630102' });
    expect(buildCenterQuery(origin, null, 1, { withRegion: false })).toEqual({ page: 1, pageSize: 20 });
    expect(buildCenterQuery({ kind: 'none' }, null, 1)).toEqual({ page: 1, pageSize: 20 });
  });

  it('ranks regions: the same county, then city, then province', () => {
    expect(regionAffinity('630102', '630102')).toBe(3);
    expect(regionAffinity('630102', '630100')).toBe(2);
    expect(regionAffinity('630102', '630000')).toBe(1);
    expect(regionAffinity('630102', '620102')).toBe(0);
    expect(regionAffinity('', '630102')).toBe(0);

    const centers = [
      { id: 1, regionCode: '630000' },
      { id: 2, regionCode: '632100' },
      { id: 3, regionCode: '630100' },
      { id: 4, regionCode: '630102' },
      { id: 5, regionCode: '630103' },
    ];
    expect(sortByRegion(centers, '630102').map((c) => c.id)).toEqual([4, 3, 5, 1, 2]);
  });

  it('says how the list is ordered', () => {
    expect(originNote({ kind: 'location', location: { latitude: 1, longitude: 2 } }, false)).toBe('已按距您的远近排列');
    const region = { kind: 'region' as const, regionCode: '630102', regionName: '城东区' };
    expect(originNote(region, false)).toBe('未能获取您的位置，已按您登记的所在地区（城东区）排列。');
    expect(originNote(region, true)).toContain('城东区）暂无帮扶中心');
    expect(originNote({ kind: 'none' }, false)).toContain('完成实名登记后');
  });

  it('appends a further page without repeating a center', () => {
    expect(mergePage([{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 3 }]).map((c) => c.id)).toEqual([1, 2, 3]);
  });
});

describe('the map', () => {
  it('makes one marker per center with its name and distance in the callout', () => {
    const markers = centerMarkers(
      [
        { id: 7, name: '城东区职工服务中心', latitude: 36.6, longitude: 101.8, distanceMeters: 1234 },
        { id: 8, name: '司机之家', latitude: Number.NaN, longitude: 101.8, distanceMeters: null },
      ],
      '/packages/centers/assets/marker.png',
    );
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({
      id: 7,
      latitude: 36.6,
      longitude: 101.8,
      iconPath: '/packages/centers/assets/marker.png',
      callout: { content: '城东区职工服务中心 · 1.2 公里', display: 'BYCLICK' },
    });
  });

  it('opens on the worker, else the first center, else Xining', () => {
    expect(mapCenter({ kind: 'location', location: { latitude: 1, longitude: 2 } }, [])).toEqual({
      latitude: 1,
      longitude: 2,
    });
    expect(mapCenter({ kind: 'none' }, [{ latitude: 36.5, longitude: 101.7 }])).toEqual({
      latitude: 36.5,
      longitude: 101.7,
    });
    expect(mapCenter({ kind: 'none' }, []).latitude).toBeCloseTo(36.6, 0);
  });

  it('links a web map for a browser without WeChat', () => {
    expect(webMapUrl({ latitude: 36.6, longitude: 101.8, name: '司机之家', address: '' })).toBe(
      'https://uri.amap.com/marker?position=101.8,36.6&name=%E5%8F%B8%E6%9C%BA%E4%B9%8B%E5%AE%B6&src=steadywork&coordinate=gaode&callnative=1',
    );
  });
});

describe('dates in Beijing time', () => {
  it('shows and builds instants in Asia/Shanghai', () => {
    expect(formatDateTime('2026-11-23T08:05:00.000Z')).toBe('2026-11-23 16:05');
    expect(shanghaiDate(new Date('2026-11-23T17:00:00.000Z'))).toBe('2026-11-24');
    expect(shanghaiDate(NOW, 1)).toBe('2026-11-24');
    expect(preferredTimeIso('2026-11-24', '14:30')).toBe('2026-11-24T06:30:00.000Z');
    expect(preferredTimeIso('2026-11-24', '')).toBe('2026-11-24T01:00:00.000Z');
    expect(preferredTimeIso('', '14:30')).toBeNull();
  });
});

describe('the service request form', () => {
  it('preselects the service asked for, or the only one offered', () => {
    expect(emptyRequestForm(OFFERED, 'LEGAL_AID').serviceType).toBe(CenterService.LEGAL_AID);
    expect(emptyRequestForm(OFFERED, 'WATER').serviceType).toBe('');
    expect(emptyRequestForm(OFFERED).serviceType).toBe('');
    expect(emptyRequestForm([CenterService.CAREER_GUIDANCE, CenterService.REST]).serviceType).toBe(
      CenterService.CAREER_GUIDANCE,
    );
  });

  it('names every missing field', () => {
    expect(validateRequestForm(form({ serviceType: '', description: '  ' }), OFFERED, NOW)).toEqual({
      serviceType: '请选择服务类型',
      description: '请描述需要的帮助',
    });
  });

  it('requires the dispute type for legal aid only', () => {
    expect(validateRequestForm(form({ serviceType: CenterService.LEGAL_AID }), OFFERED, NOW)).toEqual({
      disputeType: '请选择纠纷类型',
    });
    expect(
      validateRequestForm(
        form({ serviceType: CenterService.LEGAL_AID, disputeType: DisputeType.WAGES_OWED }),
        OFFERED,
        NOW,
      ),
    ).toEqual({});
    expect(validateRequestForm(form(), OFFERED, NOW)).toEqual({});
  });

  it('refuses a service the center does not offer, and an amenity', () => {
    const errors = { serviceType: '该中心不提供此项服务' };
    expect(validateRequestForm(form({ serviceType: CenterService.JOB_REFERRAL }), OFFERED, NOW)).toEqual(errors);
    expect(validateRequestForm(form({ serviceType: CenterService.WATER }), OFFERED, NOW)).toEqual(errors);
  });

  it('checks the length of the description and the preferred time', () => {
    expect(validateRequestForm(form({ description: 'x'.repeat(2001) }), OFFERED, NOW).description).toBe(
      '需求描述不能超过2000个字符',
    );
    expect(validateRequestForm(form({ time: '10:00' }), OFFERED, NOW).preferredTime).toBe('请先选择日期');
    expect(validateRequestForm(form({ date: '2026-11-23', time: '09:30' }), OFFERED, NOW).preferredTime).toBe(
      '期望时间不能早于现在',
    );
    expect(validateRequestForm(form({ date: '2026-11-23', time: '15:00' }), OFFERED, NOW)).toEqual({});
  });

  it('builds the body: trimmed, the dispute type only for legal aid, the time in UTC', () => {
    expect(
      toServiceRequestInput(
        form({
          description: '  想找一份电工的工作 ',
          disputeType: DisputeType.OTHER,
          attachments: [{ fileId: 'f-1', name: 'a.jpg' }],
        }),
        7,
      ),
    ).toEqual({
      centerId: 7,
      serviceType: CenterService.JOB_REGISTRATION,
      description: '想找一份电工的工作',
      attachments: ['f-1'],
    });
    expect(
      toServiceRequestInput(
        form({
          serviceType: CenterService.LEGAL_AID,
          disputeType: DisputeType.INJURY,
          date: '2026-11-24',
          time: '14:30',
        }),
        7,
      ),
    ).toEqual({
      centerId: 7,
      serviceType: CenterService.LEGAL_AID,
      description: '想找一份电工的工作',
      attachments: [],
      preferredTime: '2026-11-24T06:30:00.000Z',
      disputeType: DisputeType.INJURY,
    });
  });

  it("puts the server's messages beside their fields", () => {
    expect(
      mapServerErrors([
        { field: 'disputeType', message: '法律援助须选择纠纷类型' },
        { field: 'attachments[1]', message: '附件编号不正确' },
        { field: 'attachments.0', message: '第二条' },
        { field: 'serviceType', message: '该中心不提供此项服务' },
        { field: 'centerId', message: '服务中心不存在' },
      ]),
    ).toEqual({
      fields: {
        disputeType: '法律援助须选择纠纷类型',
        attachments: '附件编号不正确',
        serviceType: '该中心不提供此项服务',
      },
      other: ['服务中心不存在'],
    });
  });

  it('makes UUID-shaped idempotency keys', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});

describe('the worker’s requests', () => {
  const base = { overdue: false, rating: null };

  it('labels each status and offers cancel while pending, rating once closed', () => {
    expect(requestView({ ...base, status: ServiceRequestStatus.PENDING })).toEqual({
      label: '待受理',
      tone: 'warning',
      overdue: false,
      canCancel: true,
      canRate: false,
      rated: false,
    });
    expect(requestView({ ...base, status: ServiceRequestStatus.ACCEPTED })).toMatchObject({
      label: '服务中',
      canCancel: false,
      canRate: false,
    });
    expect(requestView({ ...base, status: ServiceRequestStatus.CLOSED })).toMatchObject({
      label: '已办结',
      canRate: true,
      rated: false,
    });
    expect(requestView({ ...base, status: ServiceRequestStatus.CLOSED, rating: 4 })).toMatchObject({
      canRate: false,
      rated: true,
    });
    expect(requestView({ ...base, status: ServiceRequestStatus.CANCELLED })).toMatchObject({
      label: '已取消',
      tone: 'default',
      canCancel: false,
      canRate: false,
    });
  });

  it('calls a request overdue only while it waits', () => {
    expect(requestView({ status: ServiceRequestStatus.PENDING, overdue: true, rating: null }).overdue).toBe(true);
    expect(requestView({ status: ServiceRequestStatus.ACCEPTED, overdue: true, rating: null }).overdue).toBe(false);
  });

  it('lists requests newest first and records as they happened', () => {
    expect(
      sortRequests([
        { id: 1, createdAt: '2026-11-20T00:00:00Z' },
        { id: 2, createdAt: '2026-11-22T00:00:00Z' },
        { id: 3, createdAt: '2026-11-22T00:00:00Z' },
      ]).map((r) => r.id),
    ).toEqual([3, 2, 1]);
    expect(
      sortRecords([
        { id: 5, servedOn: '2026-11-25' },
        { id: 4, servedOn: '2026-11-24' },
      ]).map((r) => r.id),
    ).toEqual([4, 5]);
  });

  it('needs one to five stars and a short comment', () => {
    expect(validateRating(0, '')).toEqual({ rating: '请选择评分' });
    expect(validateRating(6, '')).toEqual({ rating: '请选择评分' });
    expect(validateRating(5, 'x'.repeat(501))).toEqual({ comment: '评价不能超过500个字符' });
    expect(validateRating(4, '很好')).toEqual({});
  });
});
