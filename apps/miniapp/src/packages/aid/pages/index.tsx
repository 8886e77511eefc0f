import { ComingSoon } from '@/components/coming-soon';
import { t } from '@/locales/zh-CN';

export default function AidIndexPage() {
  return <ComingSoon title={t.modules.aid.title} description={t.modules.aid.description} />;
}
