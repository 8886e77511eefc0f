import { ComingSoon } from '@/components/coming-soon';
import { t } from '@/locales/zh-CN';

export default function WorkerProfilePage() {
  return <ComingSoon title={t.modules.worker.title} description={t.modules.worker.description} />;
}
