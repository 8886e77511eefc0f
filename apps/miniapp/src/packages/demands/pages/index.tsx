import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DEMAND_CATEGORY_LABELS, DEMAND_STATUS_LABELS } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchMyDemands } from '../api';
import { fillTemplate, formatDateTime } from '../demands-model';
import { Page, Remote } from '../kit';
import { demandsText } from '../locales';
import '../demands.css';

const m = demandsText.list;

/** My demands: each demand and where it stands; "raise a demand" opens the form. */
export default function MyDemandsPage() {
  useNavTitle(demandsText.nav.index);
  const demands = useRemote(fetchMyDemands);
  return (
    <Page className="demands-list-page" title={m.title} intro={m.intro}>
      <View className="kit-actions demands-actions">
        <Button
          block
          type="primary"
          data-testid="demands-file"
          onClick={() => void Taro.navigateTo({ url: routes.demandFile })}
        >
          {m.file}
        </Button>
      </View>
      <Remote remote={demands} empty={{ text: m.empty, testId: 'demands-empty' }}>
        {(list) =>
          list.map((d) => (
            <View
              key={d.id}
              className="demands-card"
              data-testid="demands-card"
              onClick={() => void Taro.navigateTo({ url: withQuery(routes.demandDetail, { id: d.id }) })}
            >
              <View className="demands-card-head">
                <Text className="demands-card-title">{DEMAND_CATEGORY_LABELS[d.category]}</Text>
                <Text className="demands-status" data-testid="demands-status">
                  {DEMAND_STATUS_LABELS[d.status]}
                </Text>
              </View>
              <Text className="demands-card-sub">{d.description}</Text>
              <Text className="demands-card-sub">{formatDateTime(d.createdAt)}</Text>
              {d.late ? (
                <Text className="demands-late" data-testid="demands-late">
                  {m.late}
                </Text>
              ) : (
                d.status !== 'CLOSED' && (
                  <Text className="demands-card-sub">{fillTemplate(m.due, { due: formatDateTime(d.dueAt) })}</Text>
                )
              )}
            </View>
          ))
        }
      </Remote>
    </Page>
  );
}
