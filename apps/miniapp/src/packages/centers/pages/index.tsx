import { ComingSoon } from '@/components/coming-soon';
import { t } from '@/locales/zh-CN';

export default function CentersIndexPage() {
  return <ComingSoon title={t.modules.centers.title} description={t.modules.centers.description} />;
}
