import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import {
  DEMAND_ACTION_LABELS,
  DEMAND_CATEGORY_LABELS,
  DEMAND_STATUS_LABELS,
  DemandStatus,
  type DemandResponse,
} from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { Button } from '@/ui/nutui';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchMyDemand, rateDemand } from '../api';
import { DEMAND_LIMITS, fillTemplate, formatDateTime } from '../demands-model';
import { InfoRow, Page, Remote, Timeline } from '../kit';
import { demandsText } from '../locales';
import { Rate, TextArea } from '../nutui';
import '../demands.css';

const m = demandsText.detail;

function RateForm({ busy, onSubmit }: { busy: boolean; onSubmit: (rating: number, comment: string) => void }) {
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <View className="demands-rate" data-testid="dm-rate-form">
      <Text className="kit-section-title">{m.rateTitle}</Text>
      {/* NutUI's Rate drops data-* attributes: the wrapper carries the test id. */}
      <View data-testid="dm-rate">
        <Rate
          value={rating}
          count={5}
          disabled={busy}
          onChange={(value: number) => {
            setRating(value);
            setError(null);
          }}
        />
      </View>
      {error && <Text className="kit-field-error demands-field-error">{error}</Text>}
      <TextArea
        value={comment}
        maxLength={DEMAND_LIMITS.comment}
        rows={2}
        autoSize
        placeholder={m.ratePlaceholder}
        onChange={(value: string) => setComment(value)}
      />
      <Button
        type="primary"
        data-testid="dm-rate-submit"
        loading={busy}
        disabled={busy}
        onClick={() => (rating >= 1 ? onSubmit(rating, comment.trim()) : setError(demandsText.errors.ratingRequired))}
      >
        {busy ? m.rateSubmitting : m.rateSubmit}
      </Button>
    </View>
  );
}

/** Demand details (`?id=`): what was filed, each step the union took, and the rating once it is closed. */
export default function DemandDetailPage() {
  useNavTitle(demandsText.nav.detail);
  const { params } = useRouter();
  const id = Number(params.id);
  const demand = useRemote<DemandResponse | null>(
    async () => (Number.isInteger(id) && id > 0 ? fetchMyDemand(id) : null),
    { notFound: true },
  );
  const { busy, run } = useAction();

  const rate = (rating: number, comment: string) =>
    void run(id, () => rateDemand(id, { rating, ...(comment ? { comment } : {}) }), {
      success: m.rated,
      onDone: (saved) => demand.setData(saved),
      onConflict: () => demand.reload(),
    });

  return (
    <Page className="demands-detail-page">
      <Remote remote={demand} missing={{ text: m.missing, testId: 'dm-missing' }}>
        {(d) =>
          d && (
            <>
              <View className="demands-card" data-testid="dm-info">
                <InfoRow label={m.category} value={DEMAND_CATEGORY_LABELS[d.category]} />
                <InfoRow label={m.status} value={DEMAND_STATUS_LABELS[d.status]} testId="dm-status" />
                <InfoRow label={m.employer} value={d.employerName} />
                <InfoRow label={m.union} value={d.regionName} />
                <InfoRow label={m.createdAt} value={formatDateTime(d.createdAt)} />
                {d.status !== DemandStatus.CLOSED && <InfoRow label={m.dueAt} value={formatDateTime(d.dueAt)} />}
                {d.result && <InfoRow label={m.result} value={d.result} testId="dm-result" />}
                {d.rating !== null && (
                  <InfoRow
                    label={m.yourRating}
                    value={fillTemplate(m.ratingValue, { rating: d.rating })}
                    testId="dm-rating"
                  />
                )}
                <Text className="demands-card-sub">{d.description}</Text>
              </View>
              <View className="demands-card">
                <Text className="kit-section-title">{m.timeline}</Text>
                <Timeline
                  entries={[...(d.events ?? [])].reverse().map((ev) => ({
                    id: ev.id,
                    title: DEMAND_ACTION_LABELS[ev.action],
                    time: formatDateTime(ev.at),
                    actor: ev.actorName,
                    comment: ev.note,
                  }))}
                />
              </View>
              {d.status === DemandStatus.CLOSED && d.rating === null && <RateForm busy={busy === id} onSubmit={rate} />}
            </>
          )
        }
      </Remote>
    </Page>
  );
}
