import { render, screen, waitFor } from '@testing-library/react';
import {
  DEMAND_ACTION_LABELS,
  DEMAND_CATEGORY_LABELS,
  DEMAND_STATUS_LABELS,
  DemandAction,
  DemandStatus,
} from '@steadywork/shared';
import { aDemand } from '../../../../test/demands-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setNavigationBarTitle, setRouterParams } from '../../../../test/mocks/taro';
import { chineseLeft, hasTibetan, stringsOf } from '../../../../test/tibetan';
import { setLanguage } from '@/i18n';
import { tokenStorage } from '@/services/token-storage';
import DemandDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

describe('demands in Tibetan', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setLanguage('bo');
  });

  afterEach(() => setLanguage('zh-CN'));

  it('shows a closed, rated demand with every label and the title in Tibetan', async () => {
    const demand = aDemand({
      status: DemandStatus.CLOSED,
      result: '已追回工资 12000 元',
      rating: 4,
      closedAt: '2026-06-12T02:00:00.000Z',
      events: [
        { id: 1, action: DemandAction.SUBMIT, actorName: '李四', note: null, at: '2026-06-10T02:00:00.000Z' },
        { id: 2, action: DemandAction.CLOSE, actorName: '城东区总工会', note: null, at: '2026-06-12T02:00:00.000Z' },
      ],
    });
    fakeApi(() => ({ statusCode: 200, data: demand }));
    setRouterParams({ id: String(demand.id) });

    const { container } = render(<DemandDetailPage />);

    await waitFor(() => expect(screen.getByTestId('dm-info')).toBeTruthy());
    expect(setNavigationBarTitle).toHaveBeenCalledWith({ title: 'རེ་འདུན་གྱི་ཞིབ་ཕྲ།' });
    expect(screen.getByTestId('dm-rating').textContent).toContain('སྐར་རྟགས་ 4');
    const text = container.textContent ?? '';
    expect(text).toContain('རེ་འདུན་གྱི་རིགས།');
    expect(hasTibetan(text)).toBe(true);
    const allowed = [
      ...stringsOf(demand),
      ...Object.values(DEMAND_CATEGORY_LABELS),
      ...Object.values(DEMAND_STATUS_LABELS),
      ...Object.values(DEMAND_ACTION_LABELS),
    ];
    expect(chineseLeft(text, allowed)).toBe('');
  });
});
