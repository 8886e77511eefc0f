import { qrDataUrl, qrModules } from './qr';

describe('the QR image', () => {
  const token = '101.59012345.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

  it('is a GIF data URL an Image shows on WeChat and in a browser', () => {
    const url = qrDataUrl(token);
    expect(url.startsWith('data:image/gif;base64,')).toBe(true);
    expect(Buffer.from(url.slice('data:image/gif;base64,'.length), 'base64').subarray(0, 6).toString('ascii')).toBe(
      'GIF87a',
    );
  });

  it('changes with the token and stays small enough to scan from a screen', () => {
    expect(qrDataUrl(token)).not.toBe(qrDataUrl(token.replace('101.', '102.')));
    expect(qrModules(token)).toBeLessThanOrEqual(41);
  });
});
