import { toGcj02 } from '../location';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CenterKind, CenterService, type CenterResponse, type Page } from '@steadywork/shared';
import { center } from '../../../../test/centers-fixtures';
import { fakeApi, type SentRequest } from '../../../../test/fake-api';
import { getLocation, navigateTo, openSetting, resetTaro } from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import CentersIndexPage from './index';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const NEAR = center({ id: 7, distanceMeters: 350 });
const MID = center({
  id: 9,
  name: '西宁市司机之家（城北店）',
  kind: CenterKind.DRIVERS_HOME,
  regionCode: '630105',
  services: [CenterService.REST, CenterService.WATER, CenterService.CHARGING],
  stars: null,
  distanceMeters: 1234,
});
const FAR = center({ id: 3, name: '青海省总工会职工服务中心', regionCode: '630000', stars: 5, distanceMeters: 15_040 });

const page = (items: CenterResponse[], total = items.length, n = 1): Page<CenterResponse> => ({
  items,
  total,
  page: n,
  pageSize: 20,
});

const centersCalls = (sent: SentRequest[]) => sent.filter((r) => r.url === '/api/v1/centers');
const cardIds = () =>
  Array.from(document.querySelectorAll('[data-testid^="center-card-"]')).map((el) => el.getAttribute('data-testid'));

/** The browser's GPS position as the API receives it: in GCJ-02, rounded to 6 places. */
function onMap(latitude: number, longitude: number): { lat: number; lng: number } {
  const p = toGcj02(latitude, longitude);
  return { lat: Math.round(p.latitude * 1e6) / 1e6, lng: Math.round(p.longitude * 1e6) / 1e6 };
}

describe('CentersIndexPage (帮扶中心)', () => {
  const env = process.env.TARO_ENV;

  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  afterEach(() => {
    process.env.TARO_ENV = env;
  });

  it("lists the centers by distance from the browser's location, in the API's order", async () => {
    getLocation.mockResolvedValue({ latitude: 36.6171234, longitude: 101.7782345, errMsg: 'getLocation:ok' });
    const sent = fakeApi(() => ({ statusCode: 200, data: page([NEAR, MID, FAR]) }));

    render(<CentersIndexPage />);

    await waitFor(() => expect(cardIds()).toEqual(['center-card-7', 'center-card-9', 'center-card-3']));
    // H5: Taro's getLocation asks the browser's geolocation, which only speaks WGS-84.
    expect(getLocation).toHaveBeenCalledWith({ type: 'wgs84' });
    expect(centersCalls(sent)[0].data).toEqual({ page: 1, pageSize: 20, ...onMap(36.6171234, 101.7782345) });
    expect(sent.some((r) => r.url === '/api/v1/me/profile')).toBe(false);

    const near = within(screen.getByTestId('center-card-7'));
    expect(near.getByTestId('center-distance').textContent).toBe('350 米');
    expect(near.getByText('城东区职工服务中心')).toBeTruthy();
    expect(near.getByTestId('center-kind').textContent).toBe('职工服务中心');
    expect(near.getByTestId('center-stars').textContent).toBe('★★★★☆');
    expect(near.getByTestId('center-address').textContent).toBe('西宁市城东区八一中路12号');
    expect(near.getByTestId('center-hours').textContent).toBe('周一至周五 9:00-17:30');
    expect(near.getByTestId('center-services').textContent).toBe('求职登记法律援助饮水');

    const mid = within(screen.getByTestId('center-card-9'));
    expect(mid.getByTestId('center-distance').textContent).toBe('1.2 公里');
    expect(mid.getByTestId('center-stars').textContent).toBe('未评星');
    expect(screen.getByTestId('center-location-note').textContent).toBe('已按距您的远近排列 共 3 个');

    // No map on H5: the list, and a note saying so.
    expect(screen.getByTestId('center-map-unsupported')).toBeTruthy();
    expect(screen.queryByTestId('center-view-map')).toBeNull();

    fireEvent.click(screen.getByTestId('center-card-9'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/detail?id=9&distance=1234' });
  });

  it("falls back to the worker's registered region when the location is refused", async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/me/profile') {
        return { statusCode: 200, data: { regionCode: '630102', regionName: '城东区' } };
      }
      return { statusCode: 200, data: page([FAR, NEAR]) };
    });

    render(<CentersIndexPage />);

    // The worker's own county first.
    await waitFor(() => expect(cardIds()).toEqual(['center-card-7', 'center-card-3']));
    expect(centersCalls(sent)[0].data).toEqual({ page: 1, pageSize: 20, regionCode: '630102' });
    expect(screen.getByTestId('center-location-note').textContent).toContain(
      '未能获取您的位置，已按您登记的所在地区（城东区）排列。',
    );

    // 重新定位 tries again (granted this time).
    getLocation.mockResolvedValueOnce({ latitude: 36.6, longitude: 101.8, errMsg: 'getLocation:ok' });
    fireEvent.click(screen.getByTestId('center-relocate'));
    await waitFor(() => expect(screen.getByTestId('center-location-note').textContent).toContain('已按距您的远近排列'));
    expect(centersCalls(sent)[1].data).toMatchObject(onMap(36.6, 101.8));
    expect(openSetting).not.toHaveBeenCalled(); // H5 has no settings page
  });

  it('lists the whole registry when the region has no center, or the worker no region', async () => {
    const sent = fakeApi((req) => {
      if (req.url === '/api/v1/me/profile')
        return { statusCode: 200, data: { regionCode: '632823', regionName: '天峻县' } };
      const query = req.data as { regionCode?: string };
      return { statusCode: 200, data: query.regionCode ? page([]) : page([FAR, NEAR]) };
    });

    render(<CentersIndexPage />);

    await waitFor(() => expect(cardIds()).toEqual(['center-card-3', 'center-card-7']));
    expect(centersCalls(sent).map((r) => r.data)).toEqual([
      { page: 1, pageSize: 20, regionCode: '632823' },
      { page: 1, pageSize: 20 },
    ]);
    expect(screen.getByTestId('center-location-note').textContent).toContain('天峻县）暂无帮扶中心');
  });

  it('says so when neither a location nor a registration is there', async () => {
    getLocation.mockRejectedValue({ errMsg: 'getLocation:fail Timeout expired' });
    fakeApi((req) => {
      if (req.url === '/api/v1/me/profile')
        return { statusCode: 404, data: { statusCode: 404, error: 'NOT_FOUND', message: '未登记' } };
      // Without lat/lng the API gives no distance.
      return { statusCode: 200, data: page([{ ...FAR, distanceMeters: null }]) };
    });

    render(<CentersIndexPage />);

    await waitFor(() => expect(cardIds()).toEqual(['center-card-3']));
    expect(screen.getByTestId('center-location-note').textContent).toContain('完成实名登记后可按所在地区排列');
    expect(screen.queryByTestId('center-distance')).toBeNull();
  });

  it('filters by service without asking for the location again', async () => {
    getLocation.mockResolvedValue({ latitude: 36.6, longitude: 101.8, errMsg: 'getLocation:ok' });
    const sent = fakeApi((req) => {
      const query = req.data as { service?: string };
      if (query.service === CenterService.LEGAL_AID) return { statusCode: 200, data: page([NEAR]) };
      if (query.service === CenterService.MEALS) return { statusCode: 200, data: page([]) };
      return { statusCode: 200, data: page([NEAR, MID, FAR]) };
    });
    render(<CentersIndexPage />);
    await waitFor(() => expect(cardIds()).toHaveLength(3));

    fireEvent.click(screen.getByTestId('center-filter-LEGAL_AID'));

    await waitFor(() => expect(cardIds()).toEqual(['center-card-7']));
    expect(centersCalls(sent)[1].data).toEqual({ page: 1, pageSize: 20, service: 'LEGAL_AID', ...onMap(36.6, 101.8) });
    expect(getLocation).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByTestId('center-filter-MEALS'));
    await waitFor(() => expect(screen.getByTestId('centers-empty').textContent).toContain('暂无提供“热饭”的帮扶中心'));

    fireEvent.click(screen.getByTestId('center-filter-ALL'));
    await waitFor(() => expect(cardIds()).toHaveLength(3));
    expect(centersCalls(sent)[3].data).not.toHaveProperty('service');
  });

  it('loads further pages on request', async () => {
    getLocation.mockResolvedValue({ latitude: 36.6, longitude: 101.8, errMsg: 'getLocation:ok' });
    const sent = fakeApi((req) => {
      const query = req.data as { page: number };
      return { statusCode: 200, data: query.page === 1 ? page([NEAR, MID], 3) : page([FAR], 3, 2) };
    });
    render(<CentersIndexPage />);
    await waitFor(() => expect(cardIds()).toHaveLength(2));

    fireEvent.click(screen.getByTestId('center-load-more'));

    await waitFor(() => expect(cardIds()).toEqual(['center-card-7', 'center-card-9', 'center-card-3']));
    expect(centersCalls(sent)[1].data).toMatchObject({ page: 2, lat: onMap(36.6, 101.8).lat });
    expect(screen.queryByTestId('center-load-more')).toBeNull();
  });

  it('shows the centers on a map on WeChat, located in GCJ-02', async () => {
    process.env.TARO_ENV = 'weapp';
    getLocation.mockResolvedValue({ latitude: 36.6, longitude: 101.8, errMsg: 'getLocation:ok' });
    fakeApi(() => ({ statusCode: 200, data: page([NEAR, MID]) }));
    render(<CentersIndexPage />);
    await waitFor(() => expect(cardIds()).toHaveLength(2));
    expect(getLocation).toHaveBeenCalledWith({ type: 'gcj02' });
    expect(screen.queryByTestId('center-map-unsupported')).toBeNull();

    fireEvent.click(screen.getByTestId('center-view-map'));

    expect(screen.getByTestId('map-marker-7')).toBeTruthy();
    expect(screen.getByTestId('map-marker-9')).toBeTruthy();
    expect(cardIds()).toEqual([]);
    fireEvent.click(screen.getByTestId('map-marker-9'));
    expect(cardIds()).toEqual(['center-card-9']);
    fireEvent.click(screen.getByTestId('map-callout-7'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/detail?id=7&distance=350' });

    fireEvent.click(screen.getByTestId('center-view-list'));
    expect(cardIds()).toEqual(['center-card-7', 'center-card-9']);
  });

  it('opens WeChat settings to allow the location after a refusal', async () => {
    process.env.TARO_ENV = 'weapp';
    fakeApi((req) =>
      req.url === '/api/v1/me/profile'
        ? { statusCode: 200, data: { regionCode: '630102', regionName: '城东区' } }
        : { statusCode: 200, data: page([NEAR]) },
    );
    render(<CentersIndexPage />);
    await waitFor(() => expect(screen.getByTestId('center-relocate')).toBeTruthy());

    fireEvent.click(screen.getByTestId('center-relocate'));

    await waitFor(() => expect(openSetting).toHaveBeenCalled());
    await waitFor(() => expect(getLocation).toHaveBeenCalledTimes(2));
  });

  it('leads to the worker’s requests', async () => {
    fakeApi(() => ({ statusCode: 200, data: page([]) }));
    render(<CentersIndexPage />);
    await waitFor(() => expect(screen.getByTestId('centers-empty')).toBeTruthy());

    fireEvent.click(screen.getByTestId('center-nav-requests'));

    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/requests' });
  });
});
