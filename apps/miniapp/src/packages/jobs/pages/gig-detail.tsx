import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { GigJobResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchGig } from '../api';
import { gigPayText, gigPeriodText } from '../gig-model';
import { reasonsText } from '../jobs-model';
import { InfoRow, Page, Remote } from '../kit';
import { fillTemplate, gigText, jobsText } from '../locales';
import '../jobs.css';

const m = gigText.detail;

/** Gig details: pay, days, place on the map and the contact to call (GET /jobs/gigs/:id). */
export default function GigDetailPage() {
  useNavTitle(jobsText.nav.gigDetail);
  const { params } = useRouter();
  const id = Number(params.id);
  const reasons = params.reasons ? decodeURIComponent(params.reasons).split('|').filter(Boolean) : [];
  const gig = useRemote(() => fetchGig(id), { notFound: true });

  const showPlace = (g: GigJobResponse) =>
    void Taro.openLocation({
      latitude: g.latitude,
      longitude: g.longitude,
      name: g.title,
      address: g.address,
      scale: 16,
    });

  return (
    <Page className="jobs-detail-page">
      <Remote remote={gig} missing={{ text: m.notFound, testId: 'gig-not-found' }}>
        {(g) => (
          <View className="jobs-detail" data-testid="gig-detail">
            <View className="kit-block jobs-detail-head">
              <Text className="jobs-detail-title" data-testid="gig-title">
                {g.title}
              </Text>
              <Text className="jobs-wage jobs-detail-wage" data-testid="gig-pay">
                {gigPayText(g)}
              </Text>
              <Text className="jobs-employer">
                {g.postedBy} · {g.regionName}
              </Text>
              {reasons.length > 0 && (
                <Text className="jobs-reasons" data-testid="gig-reasons">
                  {m.reasons}
                  {jobsText.common.colon}
                  {reasonsText(reasons)}
                </Text>
              )}
            </View>
            <View className="kit-block jobs-detail-rows">
              <InfoRow label={m.period} value={gigPeriodText(g)} />
              {g.hoursPerDay != null && (
                <InfoRow label={m.hoursLabel} value={fillTemplate(m.hours, { n: g.hoursPerDay })} />
              )}
              <InfoRow label={m.kinds} value={g.kinds.join(jobsText.common.listSeparator)} />
              <InfoRow label={m.headcount} value={String(g.headcount)} />
              <InfoRow label={m.address} value={g.address} testId="gig-address" />
              <InfoRow label={m.contact} value={`${g.contactName} ${g.contactPhone}`} testId="gig-contact" />
              <Text className="kit-link jobs-link" data-testid="gig-navigate" onClick={() => showPlace(g)}>
                {m.navigate}
              </Text>
            </View>
            {g.description && (
              <View className="kit-block jobs-description">
                <Text className="kit-section-title jobs-section-title">{m.description}</Text>
                <Text className="jobs-description-text">{g.description}</Text>
              </View>
            )}
            <View className="kit-actions jobs-actions">
              <Button
                block
                type="primary"
                data-testid="gig-call"
                onClick={() => void Taro.makePhoneCall({ phoneNumber: g.contactPhone.replace(/[^0-9+]/g, '') })}
              >
                {m.call}
              </Button>
            </View>
          </View>
        )}
      </Remote>
    </Page>
  );
}
