import { Text, View } from '@tarojs/components';
import type { CenterService } from '@steadywork/shared';
import { serviceLabel, splitServices } from '../centers-model';

/** A center's services as tags: what can be asked for in red, the amenities in grey. */
export function ServiceTags({ services }: { services: readonly CenterService[] }) {
  const { requestable, amenities } = splitServices(services);
  return (
    <View className="centers-tags" data-testid="center-services">
      {requestable.map((s) => (
        <Text key={s} className="centers-tag centers-tag-service">
          {serviceLabel(s)}
        </Text>
      ))}
      {amenities.map((s) => (
        <Text key={s} className="centers-tag centers-tag-amenity">
          {serviceLabel(s)}
        </Text>
      ))}
    </View>
  );
}
