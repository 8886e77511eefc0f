import { login, resetTaro } from '../../test/mocks/taro';
import { obtainLoginCode } from './auth';

describe('obtainLoginCode', () => {
  const platform = process.env.TARO_ENV;

  beforeEach(() => resetTaro());
  afterEach(() => {
    process.env.TARO_ENV = platform;
  });

  it('uses the development provider on H5', async () => {
    process.env.TARO_ENV = 'h5';

    await expect(obtainLoginCode('h5-abc123')).resolves.toBe('dev:h5-abc123');
    expect(login).not.toHaveBeenCalled();
  });

  it("uses wx.login's code on WeChat", async () => {
    process.env.TARO_ENV = 'weapp';
    login.mockResolvedValue({ code: '0a1b2c', errMsg: 'login:ok' });

    await expect(obtainLoginCode('ignored')).resolves.toBe('0a1b2c');
  });

  it('fails with a message when WeChat returns no code', async () => {
    process.env.TARO_ENV = 'weapp';
    login.mockResolvedValue({ code: '', errMsg: 'login:ok' });

    await expect(obtainLoginCode('ignored')).rejects.toMatchObject({ message: '微信登录失败，请重试' });
  });
});
