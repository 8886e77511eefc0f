import {
  ArchiveEventType,
  ArchiveStatus,
  EmploymentStatus,
  HardshipLevel,
  OrganizationType,
  RegionLevel,
  WorkerSource,
  WorkerTag,
  type ArchiveResponse,
  type FileRef,
  type RegionNode,
  type Role,
  type StaffMeResponse,
  type WorkerResponse,
} from '@steadywork/shared';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { AppProviders, AppRoutes } from '../src/App';
import { ROUTER_FUTURE } from '../src/config';
import { resetRegionCache } from '../src/services/regions';
import { tokenStore } from '../src/services/request';
import { fakeApi, route, staffMe, type Handler } from './fake-api';

/** The whole console (providers, session, layout, routes) at `path`. */
export function renderAt(path: string) {
  return render(
    <AppProviders>
      <MemoryRouter initialEntries={[path]} future={ROUTER_FUTURE}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
}

/** 城东区总工会: a county federation, whose data scope is one county. */
export const chengdongOrg: StaffMeResponse['organization'] = {
  id: 3,
  name: '城东区总工会',
  type: OrganizationType.COUNTY_FEDERATION,
  regionCode: '630102',
  regionName: '城东区',
  parentId: 2,
};

/** A session with these roles (at 城东区 unless `org` says otherwise), and the fake API behind it. */
export function signedInAs(roles: Role[], handlers: Handler[] = [], org = chengdongOrg) {
  tokenStore.save({ accessToken: 'access', refreshToken: 'refresh' });
  resetRegionCache();
  return fakeApi(
    route('GET', '/auth/me', () => ({ status: 200, body: staffMe(roles, { organization: org }) })),
    route('GET', '/regions', () => ({ status: 200, body: regionTree })),
    ...handlers,
  );
}

const county = (code: string, name: string, parentCode: string): RegionNode => ({
  code,
  name,
  level: RegionLevel.COUNTY,
  parentCode,
});

export const regionTree: RegionNode = {
  code: '630000',
  name: '青海省',
  level: RegionLevel.PROVINCE,
  parentCode: null,
  children: [
    {
      code: '630100',
      name: '西宁市',
      level: RegionLevel.CITY,
      parentCode: '630000',
      children: [county('630102', '城东区', '630100'), county('630103', '城中区', '630100')],
    },
    {
      code: '630200',
      name: '海东市',
      level: RegionLevel.CITY,
      parentCode: '630000',
      children: [county('630202', '乐都区', '630200')],
    },
  ],
};

export function aWorker(overrides: Partial<WorkerResponse> = {}): WorkerResponse {
  return {
    id: 42,
    name: '李四',
    idNumberMasked: '630102********1234',
    phoneMasked: '138****5678',
    birthDate: '1985-06-01',
    sex: 'M',
    regionCode: '630102',
    regionName: '青海省 / 西宁市 / 城东区',
    ethnicity: '汉族',
    employer: null,
    unionMember: true,
    employmentStatus: EmploymentStatus.UNEMPLOYED,
    education: null,
    skills: ['保洁'],
    employmentIntention: null,
    trainingNeeds: null,
    tags: [WorkerTag.HARDSHIP, WorkerTag.MIGRANT_WORKER],
    archiveStatus: ArchiveStatus.ACTIVE,
    claimed: false,
    source: WorkerSource.STAFF,
    // 1 October in Shanghai, still 30 September in UTC.
    lastFollowUpAt: '2026-09-30T17:00:00.000Z',
    consentAt: null,
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aFile(overrides: Partial<FileRef> = {}): FileRef {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    name: '低保证明.pdf',
    mime: 'application/pdf',
    size: 245_760,
    createdAt: '2026-09-02T00:00:00.000Z',
    ...overrides,
  };
}

/** An active archive of worker 42, opened by 城东初审. */
export function anArchive(overrides: Partial<ArchiveResponse> = {}): ArchiveResponse {
  const files = overrides.attachmentFiles ?? [];
  return {
    id: 5,
    workerId: 42,
    status: ArchiveStatus.ACTIVE,
    level: HardshipLevel.DEEP,
    household: {
      members: 4,
      monthlyIncomePerCapitaFen: 45050,
      zeroEmployment: true,
      lowIncome: false,
      disability: false,
    },
    cause: '主要劳动力失业',
    attachments: files.map((f) => f.id),
    attachmentFiles: files,
    openedAt: '2026-09-02T00:00:00.000Z',
    closedAt: null,
    closeReason: null,
    events: [
      {
        id: 1,
        type: ArchiveEventType.OPENED,
        reason: null,
        snapshot: {},
        actorName: '城东初审',
        createdAt: '2026-09-02T00:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export const pageOf = <T,>(items: T[], total = items.length) => ({
  status: 200,
  body: { items, total, page: 1, pageSize: 20 },
});
