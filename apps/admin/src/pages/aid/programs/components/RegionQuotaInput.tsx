import type { RegionNode } from '@steadywork/shared';
import { Col, InputNumber, Row, Typography } from 'antd';
import { t } from '../../../../locales';

interface Props {
  id?: string;
  /** City code → places. */
  value?: Record<string, number | null>;
  onChange?(value: Record<string, number | null>): void;
  cities: readonly RegionNode[];
  quota: number | undefined;
}

export function sumOf(value: Record<string, number | null> | undefined): number {
  return Object.values(value ?? {}).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

/** One number per city/prefecture, with the running total against the quota. */
export function RegionQuotaInput({ id, value, onChange, cities, quota }: Props) {
  const sum = sumOf(value);
  return (
    <div id={id}>
      <Row gutter={[12, 8]}>
        {cities.map((city) => (
          <Col key={city.code} xs={24} sm={12}>
            <label htmlFor={`${id}_${city.code}`} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <span style={{ flex: '0 0 136px' }}>{city.name}</span>
              <InputNumber
                id={`${id}_${city.code}`}
                min={0}
                precision={0}
                value={value?.[city.code] ?? null}
                onChange={(n) => onChange?.({ ...value, [city.code]: n })}
                style={{ flex: 1 }}
              />
            </label>
          </Col>
        ))}
      </Row>
      <Typography.Text type={sum === quota ? 'secondary' : 'warning'} data-testid="region-quota-sum">
        {t('aid.regionQuotasSum', { sum, quota: quota ?? 0 })}
      </Typography.Text>
    </div>
  );
}
