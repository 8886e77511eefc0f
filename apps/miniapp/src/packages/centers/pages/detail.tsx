import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CENTER_KIND_LABELS, type CenterResponse } from '@steadywork/shared';
import { useRemote } from '@/components/kit';
import { routes, withQuery } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { fillTemplate, formatDistance, formatRating, splitServices, starsText } from '../centers-model';
import { CenterPhotos } from '../components/center-photos';
import { ServiceTags } from '../components/service-tags';
import { fetchCenter } from '../api';
import { InfoRow, Page, Remote } from '../kit';
import { callPhone, navigateTo } from '../location';
import { centersText } from '../locales';
import '../centers.css';
import { useNavTitle } from '@/i18n/use-nav-title';

const m = centersText.center;

/** Center details (`?id=`): hours, phone, address, services, stars and rating, photos; call, navigate, ask for a service. */
export default function CenterDetailPage() {
  useNavTitle(centersText.nav.detail);
  const { params } = useRouter();
  const opened = useRemote(
    async (): Promise<CenterResponse | null> => {
      const id = Number(params.id);
      if (!Number.isInteger(id) || id <= 0) return null;
      const center = await fetchCenter(id);
      void Taro.setNavigationBarTitle({ title: center.name }).catch(() => undefined);
      return center;
    },
    { when: 'load', notFound: true },
  );

  const back = (
    <Button className="centers-back" onClick={() => void Taro.redirectTo({ url: routes.centers })}>
      {m.backToList}
    </Button>
  );
  return (
    <Page>
      <Remote remote={opened} missing={{ text: m.notFound, testId: 'center-missing', children: back }}>
        {(center) => <CenterDetail center={center} distanceParam={params.distance} />}
      </Remote>
    </Page>
  );
}

function CenterDetail({ center, distanceParam }: { center: CenterResponse; distanceParam?: string }) {
  const { requestable } = splitServices(center.services);
  const stars = starsText(center.stars);
  const rating = formatRating(center.averageRating);
  // The list passes the distance it showed (the detail is not asked with a location).
  const distance = formatDistance(distanceParam ? Number(distanceParam) : center.distanceMeters);

  const call = async () => {
    if (!(await callPhone(center.phone))) {
      void Taro.showModal({
        title: centersText.common.notice,
        content: fillTemplate(m.callFailed, { phone: center.phone }),
        showCancel: false,
      });
    }
  };

  return (
    <View className="center-detail-page" data-testid="center-detail">
      <View className="kit-header centers-header">
        <Text className="kit-header-title centers-header-title center-detail-name">{center.name}</Text>
        <Text className="kit-header-sub centers-header-sub">
          {CENTER_KIND_LABELS[center.kind] ?? center.kind}
          {center.regionName ? ` · ${center.regionName}` : ''}
          {distance ? ` · ${distance}` : ''}
        </Text>
      </View>

      <View className="kit-section centers-section">
        <InfoRow
          label={m.stars}
          value={stars || centersText.list.noStars}
          valueClassName={stars ? 'centers-stars' : 'centers-stars centers-stars-none'}
          testId="center-stars"
        />
        <InfoRow
          label={m.rating}
          value={rating ? fillTemplate(m.ratingValue, { rating }) : m.noRating}
          testId="center-average-rating"
        />
        <InfoRow label={m.hours} value={center.openingHours} testId="center-hours" />
        <InfoRow label={m.phone} value={center.phone} testId="center-phone" />
        <InfoRow label={m.address} value={center.address} testId="center-address" />
        <View className="kit-block centers-block">
          <Text className="kit-row-label centers-line-label">{m.services}</Text>
          <ServiceTags services={center.services} />
        </View>
        {center.description && (
          <View className="kit-block centers-block">
            <Text className="kit-row-label centers-line-label">{m.description}</Text>
            <Text className="kit-block-text centers-block-text">{center.description}</Text>
          </View>
        )}
      </View>

      <CenterPhotos centerId={center.id} photos={center.photos ?? []} />

      <View className="centers-detail-actions">
        <Button className="center-call" data-testid="center-call" onClick={() => void call()}>
          {m.call}
        </Button>
        <Button className="center-navigate" data-testid="center-navigate" onClick={() => navigateTo(center)}>
          {m.navigate}
        </Button>
      </View>
      <View className="kit-actions centers-actions">
        {requestable.length > 0 ? (
          <Button
            block
            type="primary"
            size="large"
            className="center-request"
            data-testid="center-request"
            onClick={() => void Taro.navigateTo({ url: withQuery(routes.centerRequest, { centerId: center.id }) })}
          >
            {m.request}
          </Button>
        ) : (
          <Text className="kit-note centers-note" data-testid="center-no-request">
            {m.noRequestable}
          </Text>
        )}
      </View>
    </View>
  );
}
