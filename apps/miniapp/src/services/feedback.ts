import Taro from '@tarojs/taro';
import { errorMessage } from './api-error';

/** Shows the server's (Chinese) message, or a generic one, in a toast. */
export function showError(err: unknown): void {
  void Taro.showToast({ title: errorMessage(err), icon: 'none', duration: 2500 });
}

export function showSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}
