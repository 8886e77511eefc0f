// Where the worker is: the one way every module asks (centers near them, courses near them,
// the check-in's distance). Only sub-packages import it, so it stays out of the weapp main package.
import Taro from '@tarojs/taro';
import gcoord from 'gcoord';
import { fetchMyProfile } from './profile';

/** A position in GCJ-02, the coordinates of WeChat's and Chinese maps (and of the registry and venues). */
export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Where a list near the worker starts from: their location, else the region they registered with. */
export type ListOrigin =
  | { kind: 'location'; location: LatLng }
  | { kind: 'region'; regionCode: string; regionName: string }
  | { kind: 'none' };

export type LocateResult = { ok: true; location: LatLng } | { ok: false; reason: 'denied' | 'unavailable' };

/** How long the worker may leave the browser's permission prompt unanswered before the page goes on. */
const LOCATE_TIMEOUT_MS = 10_000;

export const isH5 = (): boolean => process.env.TARO_ENV === 'h5';

/** The message of a failed Taro call (`errMsg`) or of an error. */
export function errMsgOf(err: unknown): string {
  if (typeof err === 'string') return err;
  const e = err as { errMsg?: string; message?: string } | null;
  return e?.errMsg ?? e?.message ?? '';
}

/**
 * The worker's position in GCJ-02, the system of the registry's and the venues' coordinates. WeChat answers in GCJ-02;
 * H5 asks the browser's geolocation, which only gives WGS-84 (Taro's H5 getLocation refuses any
 * other type), converted here. Never rejects: a refusal, a failure or no answer in time is
 * `{ ok: false }`.
 */
export async function locate(timeoutMs = LOCATE_TIMEOUT_MS): Promise<LocateResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<LocateResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'unavailable' }), timeoutMs);
  });
  const located = Taro.getLocation({ type: isH5() ? 'wgs84' : 'gcj02' }).then(
    (res): LocateResult =>
      Number.isFinite(res.latitude) && Number.isFinite(res.longitude)
        ? {
            ok: true,
            location: isH5()
              ? toGcj02(res.latitude, res.longitude)
              : { latitude: res.latitude, longitude: res.longitude },
          }
        : { ok: false, reason: 'unavailable' },
    (err: unknown): LocateResult => ({
      ok: false,
      reason: /auth|deny|denied|permission/i.test(errMsgOf(err)) ? 'denied' : 'unavailable',
    }),
  );
  try {
    return await Promise.race([located, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** WGS-84 (GPS, browsers) → GCJ-02 (WeChat and Chinese maps); unchanged outside China. */
export function toGcj02(latitude: number, longitude: number): LatLng {
  const [lng, lat] = gcoord.transform([longitude, latitude], gcoord.WGS84, gcoord.GCJ02);
  return { latitude: lat, longitude: lng };
}

/** After a refusal on WeChat, the settings page where the worker can allow the location again. */
export async function openLocationSettings(): Promise<void> {
  if (isH5()) return;
  try {
    await Taro.openSetting();
  } catch {
    // closed or not available: locate() tries again anyway
  }
}

/**
 * Where a list near the worker starts from: their location, else the region they registered
 * with, else nowhere (the API's order). `denied`: they refused the location (WeChat's settings
 * can allow it again).
 */
export async function findOrigin(): Promise<{ origin: ListOrigin; denied: boolean }> {
  const located = await locate();
  if (located.ok) return { origin: { kind: 'location', location: located.location }, denied: false };
  const denied = located.reason === 'denied';
  try {
    const profile = await fetchMyProfile();
    if (profile?.regionCode) {
      return { origin: { kind: 'region', regionCode: profile.regionCode, regionName: profile.regionName }, denied };
    }
  } catch {
    // no region either
  }
  return { origin: { kind: 'none' }, denied };
}
