import { render, screen, waitFor } from '@testing-library/react';
import { CENTER_KIND_LABELS, CENTER_SERVICE_LABELS } from '@steadywork/shared';
import { center } from '../../../../test/centers-fixtures';
import { fakeApi } from '../../../../test/fake-api';
import { resetTaro, setNavigationBarTitle, setRouterParams } from '../../../../test/mocks/taro';
import { chineseLeft, hasTibetan, stringsOf } from '../../../../test/tibetan';
import { setLanguage } from '@/i18n';
import { tokenStorage } from '@/services/token-storage';
import CenterDetailPage from './detail';

jest.mock('../nutui', () => jest.requireActual('../../../../test/mocks/nutui'));

describe('support centers in Tibetan', () => {
  beforeEach(() => {
    resetTaro();
    tokenStorage.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
    setLanguage('bo');
  });

  afterEach(() => setLanguage('zh-CN'));

  it('shows a center with every label, unit and title in Tibetan', async () => {
    const shown = center();
    fakeApi(() => ({ statusCode: 200, data: shown }));
    setRouterParams({ id: '7', distance: '1234' });

    const { container } = render(<CenterDetailPage />);

    await waitFor(() => expect(screen.getByTestId('center-detail')).toBeTruthy());
    expect(setNavigationBarTitle).toHaveBeenCalledWith({ title: 'ལྟེ་གནས་ཀྱི་ཞིབ་ཕྲ།' });
    const text = container.textContent ?? '';
    expect(text).toContain('སྤྱི་ལེ་ 1.2');
    expect(text).toContain('ཁ་པར་གཏོང་།');
    expect(text).toContain('ཞབས་ཞུ་ཞུ་བ།');
    expect(hasTibetan(text)).toBe(true);
    const allowed = [
      ...stringsOf(shown),
      ...Object.values(CENTER_KIND_LABELS),
      ...Object.values(CENTER_SERVICE_LABELS),
    ];
    expect(chineseLeft(text, allowed)).toBe('');
  });
});
