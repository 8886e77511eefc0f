import { Text, View } from '@tarojs/components';
import { AID_TYPE_LABELS, type PublicityResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { fillTemplate, formatFen, formatPeriod } from '../aid-model';
import { fetchCurrentPublicities } from '../api';
import { Page, Remote } from '../kit';
import { useNavTitle } from '@/i18n/use-nav-title';
import { aidText } from '../locales';
import '../aid.css';

const m = aidText.publicity;

function PublicityCard({ publicity }: { publicity: PublicityResponse }) {
  return (
    <View className="kit-card aid-card aid-publicity" data-testid={`aid-publicity-${publicity.id}`}>
      <View className="kit-card-head aid-card-head">
        <Text className="kit-card-title aid-card-title">{publicity.programName}</Text>
        <Text className="aid-publicity-count">
          {fillTemplate(m.count, { count: String(publicity.entries.length) })}
        </Text>
      </View>
      <Text className="aid-program-type">
        {publicity.year} · {AID_TYPE_LABELS[publicity.aidType]}
      </Text>
      <View className="kit-row aid-row">
        <Text className="kit-row-label aid-row-label">{m.period}</Text>
        <Text className="kit-row-value aid-row-value aid-publicity-period" data-testid="aid-publicity-period">
          {formatPeriod(publicity.startsAt, publicity.endsAt)}
        </Text>
      </View>
      <View className="aid-table">
        <View className="aid-table-row aid-table-head">
          <Text className="aid-table-cell aid-col-name">{m.name}</Text>
          <Text className="aid-table-cell aid-col-id">{m.idNumber}</Text>
          <Text className="aid-table-cell aid-col-region">{m.region}</Text>
        </View>
        {publicity.entries.map((entry) => (
          <View key={entry.applicationId} className="aid-table-entry" data-testid="aid-publicity-entry">
            <View className="aid-table-row">
              <Text className="aid-table-cell aid-col-name">{entry.name}</Text>
              <Text className="aid-table-cell aid-col-id">{entry.idNumberMasked}</Text>
              <Text className="aid-table-cell aid-col-region">{entry.regionName}</Text>
            </View>
            <View className="aid-table-sub">
              <Text>
                {m.type}：{AID_TYPE_LABELS[entry.aidType]}
              </Text>
              <Text>
                {m.amount}：{formatFen(entry.amountFen)}
              </Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}

const activeOnly = async (): Promise<PublicityResponse[]> => (await fetchCurrentPublicities()).filter((p) => p.active);

/** 公示: the lists of workers to be aided that are now in publicity. */
export default function AidPublicityPage() {
  useNavTitle(aidText.pageTitles.publicity);
  const publicities = useRemote(activeOnly);
  return (
    <Page className="aid-publicity-page" title={m.title} intro={m.intro}>
      <Remote remote={publicities} empty={{ text: m.empty, testId: 'aid-publicity-empty' }}>
        {(list) => list.map((p) => <PublicityCard key={p.id} publicity={p} />)}
      </Remote>
    </Page>
  );
}
