import { toGcj02 } from './location';

describe('toGcj02', () => {
  it('shifts a GPS position in Xining into the coordinates of Chinese maps (a few hundred metres)', () => {
    const gps = { latitude: 36.6171, longitude: 101.7782 };
    const gcj = toGcj02(gps.latitude, gps.longitude);
    const metres = Math.hypot(
      (gcj.latitude - gps.latitude) * 111_000,
      (gcj.longitude - gps.longitude) * 111_000 * Math.cos((gps.latitude * Math.PI) / 180),
    );
    expect(metres).toBeGreaterThan(100);
    expect(metres).toBeLessThan(400);
  });

  it('leaves a position outside China as it is', () => {
    expect(toGcj02(48.8566, 2.3522)).toEqual({ latitude: 48.8566, longitude: 2.3522 });
  });
});
