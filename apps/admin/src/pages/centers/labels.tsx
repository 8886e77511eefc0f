import {
  CENTER_KIND_LABELS,
  CENTER_SERVICE_LABELS,
  CenterService,
  DISPUTE_TYPE_LABELS,
  REQUESTABLE_SERVICES,
  SERVICE_OUTCOME_LABELS,
  SERVICE_REQUEST_STATUS_LABELS,
  STATION_KINDS,
  ServiceRequestStatus,
  type CenterKind,
  type CenterResponse,
} from '@steadywork/shared';
import { Space, Tag, Typography } from 'antd';
import { t } from '../../locales';
import { shanghaiNow } from '../../services/time';
import { optionsOf } from '../../utils/options';
import { starGlyphs } from './rating';

export const kindOptions = optionsOf(CENTER_KIND_LABELS);
export const statusOptions = optionsOf(SERVICE_REQUEST_STATUS_LABELS);
export const outcomeOptions = optionsOf(SERVICE_OUTCOME_LABELS);
export const disputeTypeOptions = optionsOf(DISPUTE_TYPE_LABELS);

const serviceOption = (service: CenterService) => ({ label: CENTER_SERVICE_LABELS[service], value: service });

/** The one-stop services a worker may ask for. */
export const requestableOptions = REQUESTABLE_SERVICES.map(serviceOption);
/** The stations' amenities: every service that is not requestable. */
export const amenityOptions = (Object.values(CenterService) as CenterService[])
  .filter((s) => !REQUESTABLE_SERVICES.includes(s))
  .map(serviceOption);
export const serviceOptions = [...requestableOptions, ...amenityOptions];

export const isStation = (kind: CenterKind | undefined) => !!kind && STATION_KINDS.includes(kind);

/** What a site of this kind offers: amenities at a station, the one-stop services at a center. */
export const servicesForKind = (kind: CenterKind | undefined) =>
  isStation(kind) ? amenityOptions : requestableOptions;

const LEVEL_LABELS = {
  province: 'centers.levelProvince',
  city: 'centers.levelCity',
  county: 'centers.levelCounty',
} as const;

export const levelLabel = (level: CenterResponse['level']) => t(LEVEL_LABELS[level]);

/** ★★★★☆ with the number for screen readers, or 未评定. */
export function Stars({ stars }: { stars: number | null }) {
  if (stars === null) return <Typography.Text type="secondary">{t('centers.unrated')}</Typography.Text>;
  return (
    <span
      title={t('centers.starsValue', { n: stars })}
      aria-label={t('centers.starsValue', { n: stars })}
      data-testid="center-stars"
      data-stars={stars}
      style={{ color: '#faad14', letterSpacing: 1, whiteSpace: 'nowrap' }}
    >
      {starGlyphs(stars)}
    </span>
  );
}

/** 4.6 分, or - when no worker has rated yet. */
export const ratingLabel = (rating: number | null) =>
  rating === null ? t('common.empty') : t('centers.ratingValue', { n: rating.toFixed(1) });

export function ServiceTags({ services }: { services: readonly CenterService[] }) {
  if (!services.length) return <>{t('common.empty')}</>;
  return (
    <Space size={[0, 4]} wrap>
      {services.map((s) => (
        <Tag key={s} color={REQUESTABLE_SERVICES.includes(s) ? 'red' : 'blue'}>
          {CENTER_SERVICE_LABELS[s]}
        </Tag>
      ))}
    </Space>
  );
}

const STATUS_COLORS: Record<ServiceRequestStatus, string> = {
  [ServiceRequestStatus.PENDING]: 'orange',
  [ServiceRequestStatus.ACCEPTED]: 'blue',
  [ServiceRequestStatus.CLOSED]: 'green',
  [ServiceRequestStatus.CANCELLED]: 'default',
};

/** The request's status, and 超时未受理 in red while it waits past its due time. */
export function RequestStatusTag({ status, overdue }: { status: ServiceRequestStatus; overdue?: boolean }) {
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status]} data-testid="request-status">
        {SERVICE_REQUEST_STATUS_LABELS[status]}
      </Tag>
      {overdue && (
        <Tag color="red" data-testid="request-overdue">
          {t('centers.overdue')}
        </Tag>
      )}
    </Space>
  );
}

/** The year in Shanghai: the evaluation's and the subsidy's default. */
export function currentYear(): number {
  return Number(shanghaiNow('YYYY'));
}

/** Years to pick from: this year back to seven years ago. */
export function yearOptions(): { label: string; value: number }[] {
  const now = currentYear();
  return Array.from({ length: 8 }, (_, i) => now - i).map((year) => ({
    label: t('centers.yearValue', { year }),
    value: year,
  }));
}
