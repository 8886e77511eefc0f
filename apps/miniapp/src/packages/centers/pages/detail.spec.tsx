import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CenterService } from '@steadywork/shared';
import { center } from '../../../../test/centers-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import {
  downloadFile,
  makePhoneCall,
  navigateTo,
  openLocation,
  resetTaro,
  setRouterParams,
} from '../../../../test/mocks/taro';
import { tokenStorage } from '@/services/token-storage';
import CenterDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

const PHOTO = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  name: '大厅.jpg',
  mime: 'image/jpeg',
  size: 9,
  createdAt: '',
};

describe('CenterDetailPage (中心详情)', () => {
  const env = process.env.TARO_ENV;

  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  afterEach(() => {
    process.env.TARO_ENV = env;
  });

  it('shows the center, calls it, navigates to it and leads to the request form', async () => {
    process.env.TARO_ENV = 'weapp';
    const sent = fakeApi(() => ({ statusCode: 200, data: center({ photos: [PHOTO] }) }));
    downloadFile.mockResolvedValue({
      statusCode: 200,
      tempFilePath: 'wxfile://tmp/hall.jpg',
      errMsg: 'downloadFile:ok',
    });
    setRouterParams({ id: '7', distance: '1234' });

    render(<CenterDetailPage />);

    await waitFor(() => expect(screen.getByTestId('center-detail')).toBeTruthy());
    expect(sent[0].url).toBe('/api/v1/centers/7');
    expect(screen.getByText('职工服务中心 · 城东区 · 1.2 公里')).toBeTruthy();
    expect(screen.getByTestId('center-stars').textContent).toContain('★★★★☆');
    expect(screen.getByTestId('center-average-rating').textContent).toContain('4.3 分');
    expect(screen.getByTestId('center-hours').textContent).toContain('周一至周五 9:00-17:30');
    expect(screen.getByTestId('center-phone').textContent).toContain('0971-8123456');
    expect(screen.getByTestId('center-address').textContent).toContain('西宁市城东区八一中路12号');
    expect(screen.getByTestId('center-services').textContent).toBe('求职登记法律援助饮水');

    // The photo is fetched with the token, then shown from its local path.
    await waitFor(() =>
      expect(document.querySelector('.centers-photo')?.getAttribute('src')).toBe('wxfile://tmp/hall.jpg'),
    );
    expect(downloadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `/api/v1/centers/7/photos/${PHOTO.id}`,
        header: { Authorization: 'Bearer access-1' },
      }),
    );

    fireEvent.click(screen.getByTestId('center-call'));
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0971-8123456' });
    fireEvent.click(screen.getByTestId('center-navigate'));
    expect(openLocation).toHaveBeenCalledWith({
      latitude: 36.6171,
      longitude: 101.8018,
      name: '城东区职工服务中心',
      address: '西宁市城东区八一中路12号',
      scale: 16,
    });
    fireEvent.click(screen.getByTestId('center-request'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/centers/pages/request?centerId=7' });
  });

  it('leaves out photos the worker may not fetch', async () => {
    fakeApi(() => ({ statusCode: 200, data: center({ photos: [PHOTO] }) }));
    downloadFile.mockResolvedValue({ statusCode: 403, tempFilePath: '', errMsg: 'downloadFile:ok' });
    setRouterParams({ id: '7' });

    render(<CenterDetailPage />);

    await waitFor(() => expect(screen.getByTestId('center-photos').textContent).toContain('照片暂时无法显示'));
    expect(document.querySelector('.centers-photo')).toBeNull();
    expect(screen.getByText('职工服务中心 · 城东区 · 350 米')).toBeTruthy();
  });

  it('has nothing to ask for at a station, and says so', async () => {
    fakeApi(() => ({
      statusCode: 200,
      data: center({ services: [CenterService.REST, CenterService.WATER], averageRating: null }),
    }));
    setRouterParams({ id: '7' });

    render(<CenterDetailPage />);

    await waitFor(() => expect(screen.getByTestId('center-no-request')).toBeTruthy());
    expect(screen.queryByTestId('center-request')).toBeNull();
    expect(screen.getByTestId('center-average-rating').textContent).toContain('暂无评价');
  });

  it('says so when the center does not exist', async () => {
    fakeApi(() => ({ statusCode: 404, data: { statusCode: 404, error: 'NOT_FOUND', message: '未找到' } }));
    setRouterParams({ id: '99' });

    render(<CenterDetailPage />);

    await waitFor(() => expect(screen.getByTestId('center-missing')).toBeTruthy());
  });
});
