import type { AidApplicationResponse } from '@steadywork/shared';
import { useAction } from '@/components/kit';
import { withdrawApplication } from '../api';
import { aidText } from '../locales';

const m = aidText.applications;

/** 撤回申请 after a confirmation; `onDone` gets the withdrawn application. */
export function useWithdraw(onDone: (application: AidApplicationResponse) => void): {
  busyId: number | null;
  withdraw: (application: AidApplicationResponse) => Promise<void>;
} {
  const { busy, run } = useAction();
  const withdraw = async (application: AidApplicationResponse) => {
    await run(application.id, () => withdrawApplication(application.id), {
      confirm: { title: m.withdraw, content: m.withdrawConfirm },
      success: m.withdrawn,
      onDone,
    });
  };
  return { busyId: busy, withdraw };
}
