import { Bar, Column, Line } from '@ant-design/charts';
import type { TargetFigure } from '@steadywork/shared';
import { Card, Col, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { t } from '../../locales';
import { percentOf } from './service';

const MONTHS = Array.from({ length: 12 }, (_, i) => t('targets.monthShort', { n: i + 1 }));

/**
 * The dashboard's charts (loaded on their own, after the figures): progress of each targeted figure,
 * one figure month by month and by child region; a child region's bar drills down.
 */
export default function TargetCharts(props: { figures: TargetFigure[]; onDrill: (regionCode: string) => void }) {
  const { figures, onDrill } = props;
  const periodFigures = figures.filter((f) => f.basis === 'PERIOD');
  const [key, setKey] = useState(periodFigures[0]?.key);
  const chosen = figures.find((f) => f.key === key) ?? periodFigures[0];
  const scale = (f: TargetFigure, n: number) => (f.unit === 'fen' ? Math.round(n / 100) : n);

  const progress = useMemo(
    () =>
      figures
        .filter((f) => f.target !== null && f.target > 0)
        .map((f) => ({ figure: f.label, percent: Math.min(percentOf(f.value, f.target) ?? 0, 150) })),
    [figures],
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('targets.progressChart')}>
          <Bar
            data={progress}
            xField="figure"
            yField="percent"
            height={320}
            axis={{ y: { title: '%' } }}
            label={{ text: (d: { percent: number }) => `${d.percent}%`, position: 'right' }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('targets.figureChart')}
          extra={
            <Select
              aria-label={t('targets.figureChart')}
              size="small"
              style={{ width: 260 }}
              value={chosen?.key}
              onChange={setKey}
              options={periodFigures.map((f) => ({ value: f.key, label: f.label }))}
            />
          }
        >
          {chosen && (
            <Line
              data={chosen.months.map((n, i) => ({ month: MONTHS[i], value: scale(chosen, n) }))}
              xField="month"
              yField="value"
              height={150}
              point={{ shapeField: 'circle', sizeField: 3 }}
            />
          )}
          {chosen && chosen.byRegion.length > 0 && (
            <Column
              data={chosen.byRegion.map((r) => ({
                region: r.regionName,
                code: r.regionCode,
                value: scale(chosen, r.value),
              }))}
              xField="region"
              yField="value"
              height={170}
              onReady={({
                chart,
              }: {
                chart: { on: (e: string, fn: (ev: { data?: { data?: { code?: string } } }) => void) => void };
              }) =>
                chart.on('element:click', (ev) => {
                  const code = ev.data?.data?.code;
                  if (code) onDrill(code);
                })
              }
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
