import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DISPUTE_TYPE_LABELS,
  SERVICE_ACCEPT_WORKING_DAYS,
  SERVICE_OUTCOME_LABELS,
  type ServiceRequestResponse,
} from '@steadywork/shared';
import { routes, withQuery } from '@/services/routes';
import { Button, Tag } from '@/ui/nutui';
import {
  fillTemplate,
  formatDate,
  formatDateTime,
  requestView,
  serviceLabel,
  sortRecords,
  starsText,
} from '../centers-model';
import { InfoRow } from '../kit';
import { centersText } from '../locales';
import { RateForm } from './rate-form';

const m = centersText.requests;

/** A line only for what the request has (a time not yet reached, a staff member not yet named). */
function Row({ label, value, testId }: { label: string; value: string | null | undefined; testId?: string }) {
  return value ? <InfoRow label={label} value={value} testId={testId} /> : null;
}

interface RequestCardProps {
  request: ServiceRequestResponse;
  /** A call on this request is in flight: its buttons are disabled. */
  busy: boolean;
  onCancel: (request: ServiceRequestResponse) => void;
  onRate: (request: ServiceRequestResponse, rating: number, comment: string) => void;
}

/** One service request as the worker follows it: status, what the center did, the outcome, and the rating. */
export function RequestCard({ request: req, busy, onCancel, onRate }: RequestCardProps) {
  const view = requestView(req);
  const records = sortRecords(req.records ?? []);
  const colon = centersText.common.colon;

  return (
    <View className="kit-card centers-card sr-card" id={`sr-${req.id}`} data-testid={`sr-${req.id}`}>
      <View className="kit-card-head centers-card-head">
        <Text className="kit-card-title centers-card-title">{serviceLabel(req.serviceType)}</Text>
        {/* NutUI's Tag drops data-* attributes: the wrapper carries the test id. */}
        <View className={`sr-status sr-status-${req.status}`} data-testid="sr-status">
          <Tag type={view.tone}>{view.label}</Tag>
        </View>
      </View>
      {view.overdue && (
        <Text className="centers-overdue" data-testid="sr-overdue">
          {fillTemplate(m.overdue, { days: SERVICE_ACCEPT_WORKING_DAYS })}
        </Text>
      )}

      <Row label={m.center} value={req.centerName} testId="sr-center" />
      {req.disputeType && <Row label={m.disputeType} value={DISPUTE_TYPE_LABELS[req.disputeType]} />}
      <Row label={m.createdAt} value={formatDateTime(req.createdAt)} />
      <Row label={m.preferredTime} value={formatDateTime(req.preferredTime)} />
      {view.overdue && <Row label={m.acceptDueAt} value={formatDateTime(req.acceptDueAt)} />}
      <Row label={m.acceptedAt} value={formatDateTime(req.acceptedAt)} />
      <Row label={m.acceptedBy} value={req.acceptedBy} />
      <View className="kit-block centers-block">
        <Text className="kit-row-label centers-line-label">{m.description}</Text>
        <Text className="kit-block-text centers-block-text sr-description">{req.description}</Text>
      </View>
      {req.attachments.length > 0 && (
        <View className="kit-block centers-block">
          <Text className="kit-row-label centers-line-label">{m.attachments}</Text>
          {req.attachments.map((file) => (
            <Text key={file.id} className="kit-block-text centers-block-text centers-file-name">
              · {file.name}
            </Text>
          ))}
        </View>
      )}

      {records.length > 0 && (
        <View className="centers-records" data-testid="sr-records">
          <Text className="kit-section-title centers-section-title">{m.records}</Text>
          {records.map((record) => (
            <View key={record.id} className="centers-record" data-testid="sr-record">
              <View className="centers-record-head">
                <Text className="centers-record-date">{formatDate(record.servedOn)}</Text>
                <Text className="centers-record-type">{serviceLabel(record.serviceType)}</Text>
                <Text className="centers-record-staff">
                  {m.recordStaff}
                  {colon}
                  {record.staffName}
                </Text>
              </View>
              <Text className="centers-record-notes">{record.notes}</Text>
              {record.result && (
                <Text className="centers-record-result">
                  {m.recordResult}
                  {colon}
                  {record.result}
                </Text>
              )}
            </View>
          ))}
        </View>
      )}

      {req.outcome && (
        <View className="centers-outcome" data-testid="sr-outcome">
          <Text className="centers-outcome-title">
            {m.outcome}
            {colon}
            {SERVICE_OUTCOME_LABELS[req.outcome] ?? req.outcome}
          </Text>
          {req.summary && <Text className="centers-outcome-text">{req.summary}</Text>}
          {req.closedAt && (
            <Text className="centers-outcome-time">
              {m.closedAt}
              {colon}
              {formatDateTime(req.closedAt)}
            </Text>
          )}
        </View>
      )}

      {view.rated && (
        <View className="centers-rating" data-testid="sr-rating">
          <Text className="centers-rating-title">{m.yourRating}</Text>
          <Text className="centers-stars">
            {starsText(req.rating)} {fillTemplate(centersText.center.ratingValue, { rating: req.rating ?? '' })}
          </Text>
          {req.ratingComment && <Text className="centers-rating-comment">{req.ratingComment}</Text>}
        </View>
      )}

      {view.canRate && <RateForm busy={busy} onSubmit={(rating, comment) => onRate(req, rating, comment)} />}

      <View className="centers-card-actions">
        {view.canCancel && (
          <Button
            className="sr-cancel"
            data-testid="sr-cancel"
            disabled={busy}
            loading={busy}
            onClick={() => onCancel(req)}
          >
            {m.cancel}
          </Button>
        )}
        <Button
          fill="none"
          className="sr-view-center"
          data-testid="sr-view-center"
          onClick={() => void Taro.navigateTo({ url: withQuery(routes.centerDetail, { id: req.centerId }) })}
        >
          {m.viewCenter}
        </Button>
      </View>
    </View>
  );
}
