import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { isApiError } from '@/services/api-error';
import { showError, showSuccess } from '@/services/feedback';
import { kitText } from './text';

export interface ActionOptions<R> {
  /** Asked first; the worker's 取消 stops here. */
  confirm?: { title: string; content: string };
  /** Said in a success toast. */
  success?: string;
  onDone?: (result: R) => void | Promise<void>;
  /** After a 409 (the record moved on meanwhile) has been explained in a dialog: reload what changed. */
  onConflict?: () => void | Promise<void>;
}

/**
 * One call at a time for the buttons of a page (撤回, 取消, 报名…): `busy` names the record the
 * call is for, so its buttons show it; a second tap while one is in flight does nothing. A 409 is
 * explained in a dialog, any other failure in a toast.
 */
export function useAction<K extends string | number = number>(): {
  busy: K | null;
  run: <R>(key: K, call: () => Promise<R>, options?: ActionOptions<R>) => Promise<R | undefined>;
} {
  const [busy, setBusy] = useState<K | null>(null);
  // State updates land after the render: a second tap in between must not send twice.
  const inFlight = useRef(false);

  const run = async <R>(key: K, call: () => Promise<R>, options: ActionOptions<R> = {}): Promise<R | undefined> => {
    if (inFlight.current) return undefined;
    if (options.confirm) {
      const { confirm } = await Taro.showModal({
        title: options.confirm.title,
        content: options.confirm.content,
        confirmText: kitText.confirm,
        cancelText: kitText.cancel,
      });
      if (!confirm || inFlight.current) return undefined;
    }
    inFlight.current = true;
    setBusy(key);
    try {
      const result = await call();
      if (options.success) showSuccess(options.success);
      await options.onDone?.(result);
      return result;
    } catch (err) {
      if (isApiError(err) && err.statusCode === 409) {
        void Taro.showModal({ title: kitText.notice, content: err.message, showCancel: false });
        await options.onConflict?.();
      } else {
        showError(err);
      }
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  };

  return { busy, run };
}
