import { Text, View } from '@tarojs/components';
import { CENTER_KIND_LABELS, type CenterResponse } from '@steadywork/shared';
import { formatDistance, starsText } from '../centers-model';
import { centersText } from '../locales';
import { ServiceTags } from './service-tags';

const m = centersText.center;

/** One center in the list: name, kind, stars, distance, address, hours and services; tap for details. */
export function CenterCard({ center, onOpen }: { center: CenterResponse; onOpen: (center: CenterResponse) => void }) {
  const distance = formatDistance(center.distanceMeters);
  const stars = starsText(center.stars);
  return (
    <View
      className="kit-card centers-card center-card"
      data-testid={`center-card-${center.id}`}
      onClick={() => onOpen(center)}
    >
      <View className="kit-card-head centers-card-head">
        <Text className="kit-card-title centers-card-title center-name">{center.name}</Text>
        {distance && (
          <Text className="kit-distance centers-distance" data-testid="center-distance">
            {distance}
          </Text>
        )}
      </View>
      <View className="centers-card-sub">
        <Text className="centers-kind" data-testid="center-kind">
          {CENTER_KIND_LABELS[center.kind] ?? center.kind}
        </Text>
        <Text className={`centers-stars${stars ? '' : ' centers-stars-none'}`} data-testid="center-stars">
          {stars || centersText.list.noStars}
        </Text>
      </View>
      <View className="kit-row centers-line">
        <Text className="kit-row-label centers-line-label">{m.address}</Text>
        <Text className="kit-row-value centers-line-value" data-testid="center-address">
          {center.address}
        </Text>
      </View>
      <View className="kit-row centers-line">
        <Text className="kit-row-label centers-line-label">{m.hours}</Text>
        <Text className="kit-row-value centers-line-value" data-testid="center-hours">
          {center.openingHours}
        </Text>
      </View>
      <ServiceTags services={center.services} />
    </View>
  );
}
