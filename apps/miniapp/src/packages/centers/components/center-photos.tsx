import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FileRef } from '@steadywork/shared';
import { downloadPhoto } from '../api';
import { centersText } from '../locales';

const m = centersText.center;

type Loaded = Record<string, string | 'failed'>;

/**
 * A center's photos. Files are served only with the access token, which an Image cannot send:
 * each is downloaded first and shown from its local path. A photo that cannot be fetched is left out.
 */
export function CenterPhotos({ centerId, photos }: { centerId: number; photos: readonly FileRef[] }) {
  const images = photos.filter((p) => !p.mime || p.mime.startsWith('image/'));
  const [loaded, setLoaded] = useState<Loaded>({});
  const key = images.map((p) => p.id).join(',');

  useEffect(() => {
    let alive = true;
    for (const photo of images) {
      downloadPhoto(centerId, photo.id).then(
        (path) => alive && setLoaded((prev) => ({ ...prev, [photo.id]: path })),
        () => alive && setLoaded((prev) => ({ ...prev, [photo.id]: 'failed' })),
      );
    }
    return () => {
      alive = false;
    };
    // the photos' ids are the dependency
  }, [centerId, key]);

  if (!images.length) return null;
  const shown = images.map((p) => loaded[p.id]).filter((p): p is string => !!p && p !== 'failed');
  const allFailed = images.every((p) => loaded[p.id] === 'failed');

  return (
    <View className="kit-section centers-section centers-photos" data-testid="center-photos">
      <Text className="kit-section-title centers-section-title">{m.photos}</Text>
      {allFailed ? (
        <Text className="kit-field-hint centers-field-hint">{m.photosUnavailable}</Text>
      ) : (
        <View className="centers-photo-grid">
          {shown.map((path) => (
            <Image
              key={path}
              className="centers-photo"
              src={path}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ current: path, urls: shown }).catch(() => undefined)}
            />
          ))}
        </View>
      )}
    </View>
  );
}
