import Taro from '@tarojs/taro';
import type { CenterResponse } from '@steadywork/shared';
import { errMsgOf, isH5 } from '@/services/location';
import { webMapUrl } from './centers-model';

export { findOrigin, isH5, locate, openLocationSettings, toGcj02, type LocateResult } from '@/services/location';

/** Taro's Map needs Baidu's map SDK on H5, which the app does not load: the map is WeChat only. */
export const mapSupported = (): boolean => !isH5();

/** Directions: WeChat's map with the route options; in a plain browser, a web map's page of the place. */
export function navigateTo(center: Pick<CenterResponse, 'latitude' | 'longitude' | 'name' | 'address'>): void {
  const wx = (globalThis as { wx?: { openLocation?: unknown } }).wx;
  if (isH5() && typeof wx?.openLocation !== 'function') {
    const url = webMapUrl(center);
    const opened = typeof window.open === 'function' ? window.open(url, '_blank') : null;
    if (!opened) window.location.href = url;
    return;
  }
  Taro.openLocation({
    latitude: center.latitude,
    longitude: center.longitude,
    name: center.name,
    address: center.address,
    scale: 16,
  }).catch(() => undefined);
}

/** Calls the number; false when the phone could not be dialled (the page then shows the number). */
export async function callPhone(phone: string): Promise<boolean> {
  try {
    await Taro.makePhoneCall({ phoneNumber: phone });
    return true;
  } catch (err) {
    // The worker closing WeChat's call sheet is no failure.
    return /cancel/i.test(errMsgOf(err));
  }
}
