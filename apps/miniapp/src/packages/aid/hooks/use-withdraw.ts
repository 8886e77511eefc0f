import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { AidApplicationResponse } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError, showSuccess } from '@/services/feedback';
import { withdrawApplication } from '../api';
import { aidText } from '../locales/zh-CN';

const m = aidText.applications;

/** 撤回申请 after a confirmation; `onDone` gets the withdrawn application. */
export function useWithdraw(onDone: (application: AidApplicationResponse) => void): {
  busyId: number | null;
  withdraw: (application: AidApplicationResponse) => Promise<void>;
} {
  const [busyId, setBusyId] = useState<number | null>(null);
  const inFlight = useRef(false);

  const withdraw = async (application: AidApplicationResponse) => {
    if (inFlight.current) return;
    const { confirm } = await Taro.showModal({
      title: m.withdraw,
      content: m.withdrawConfirm,
      confirmText: aidText.common.confirm,
      cancelText: aidText.common.cancel,
    });
    if (!confirm) return;
    inFlight.current = true;
    setBusyId(application.id);
    try {
      const updated = await withdrawApplication(application.id);
      showSuccess(m.withdrawn);
      onDone(updated);
    } catch (err) {
      if (isApiError(err) && err.statusCode === 409) {
        void Taro.showModal({ title: aidText.common.notice, content: err.message, showCancel: false });
      } else {
        showError(err);
      }
    } finally {
      inFlight.current = false;
      setBusyId(null);
    }
  };

  return { busyId, withdraw };
}
