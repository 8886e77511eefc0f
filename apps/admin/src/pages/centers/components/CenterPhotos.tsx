import type { FileRef } from '@steadywork/shared';
import { Empty, Image, Space } from 'antd';
import { useEffect, useState } from 'react';
import { AttachmentLink } from '../../../components/Attachments';
import { t } from '../../../locales';
import { download } from '../../../services/request';

/** Object URLs of the photos, fetched with the session's token (an <img src> would carry none). */
function usePhotoUrls(photos: readonly FileRef[]): Record<string, string | null> {
  const [urls, setUrls] = useState<Record<string, string | null>>({});
  useEffect(() => {
    let live = true;
    const made: string[] = [];
    for (const photo of photos) {
      download(`/files/${encodeURIComponent(photo.id)}`, { silent: true }).then(
        (file) => {
          // Browsers without object URLs (and tests) get the file's link instead.
          const url = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file.blob) : null;
          if (url) made.push(url);
          if (live) setUrls((prev) => ({ ...prev, [photo.id]: url }));
        },
        () => live && setUrls((prev) => ({ ...prev, [photo.id]: null })),
      );
    }
    return () => {
      live = false;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [photos]);
  return urls;
}

/** A center's photos as thumbnails that open large; a photo that cannot be shown is a link to it. */
export function CenterPhotos({ photos }: { photos: readonly FileRef[] }) {
  const urls = usePhotoUrls(photos);
  if (!photos.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('centers.noPhotos')} />;
  return (
    <Image.PreviewGroup>
      <Space wrap size="middle" data-testid="center-photos">
        {photos.map((photo) => {
          const url = urls[photo.id];
          return url ? (
            <Image key={photo.id} src={url} alt={photo.name} width={160} height={120} style={{ objectFit: 'cover' }} />
          ) : (
            <AttachmentLink key={photo.id} file={photo} />
          );
        })}
      </Space>
    </Image.PreviewGroup>
  );
}
