import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { TrainingQrResponse } from '@steadywork/shared';
import { fillTemplate } from '../training-model';
import { qrDataUrl } from '../qr';
import { trainingText } from '../locales';

const m = trainingText.session;

/**
 * The trainer's screen while check-in is open: the QR code of the current token (`qr-token`, whose
 * `data-token` is the token; the image `qr-image`), the 6-digit code under it (`qr-short-code`)
 * and the seconds to the next code (`qr-countdown`).
 */
export function QrPanel({
  qr,
  secondsLeft,
  stale,
}: {
  qr: TrainingQrResponse | null;
  secondsLeft: number;
  stale: boolean;
}) {
  const src = useMemo(() => (qr ? qrDataUrl(qr.token) : ''), [qr?.token]);
  return (
    <View className="training-qr" data-testid="qr-panel">
      <Text className="training-qr-label">{m.qrHint}</Text>
      {qr ? (
        <View className="training-qr-token" data-testid="qr-token" data-token={qr.token}>
          <Image className="training-qr-image" data-testid="qr-image" src={src} mode="aspectFit" />
        </View>
      ) : (
        <Text className="kit-note training-note">{m.refreshing}</Text>
      )}
      {qr && (
        <>
          <Text className="training-qr-label">{m.shortCode}</Text>
          <Text className="training-qr-code" data-testid="qr-short-code">
            {qr.shortCode}
          </Text>
          <Text className="training-qr-countdown" data-testid="qr-countdown">
            {secondsLeft > 0 ? fillTemplate(m.refreshIn, { n: secondsLeft }) : m.refreshing}
          </Text>
        </>
      )}
      {stale && (
        <Text className="training-qr-stale" data-testid="qr-stale">
          {m.qrStale}
        </Text>
      )}
    </View>
  );
}
