import { ComingSoon } from '@/components/coming-soon';
import { t } from '@/locales/zh-CN';

export default function TrainingIndexPage() {
  return <ComingSoon title={t.modules.training.title} description={t.modules.training.description} />;
}
