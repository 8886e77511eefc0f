import Taro from '@tarojs/taro';
import type { DemandResponse } from '@steadywork/shared';
import { routes, withQuery } from '@/services/routes';
import { useNavTitle } from '@/i18n/use-nav-title';
import { DemandForm } from '../components/demand-form';
import { Page } from '../kit';
import { demandsText } from '../locales';
import '../demands.css';

/** Raise a demand: the form, then the demand's page (the form leaves the stack). */
export default function FileDemandPage() {
  useNavTitle(demandsText.nav.file);
  const onSubmitted = (created: DemandResponse) =>
    void Taro.redirectTo({ url: withQuery(routes.demandDetail, { id: created.id }) });
  return (
    <Page className="demands-file-page">
      <DemandForm onSubmitted={onSubmitted} />
    </Page>
  );
}
