import {
  TARGET_FIGURE_GROUP_LABELS,
  type TargetFigure,
  type TargetFigureGroup,
  type TargetsDashboard,
} from '@steadywork/shared';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  InputNumber,
  Progress,
  Row,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../locales';
import { figureText, listHref, percentOf, targetsDashboard } from './service';

// the charts library loads only when the page shows its charts, never with the console's first load
/** A region to drill into: a button (reached by Tab, pressed by Enter) that looks like a link. */
const LINK_BUTTON = { padding: 0, height: 'auto' } as const;

const TargetCharts = lazy(() => import('./TargetCharts'));

const thisYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** A chart that cannot draw (no canvas, a library error) leaves the figures and links on the page. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? (
      <Alert type="warning" showIcon message={t('targets.chartsFailed')} />
    ) : (
      this.props.children
    );
  }
}

/** One figure: its value against its target, the progress bar, and the link to the list that counts it. */
function FigureCard({ figure }: { figure: TargetFigure }) {
  const percent = percentOf(figure.value, figure.target);
  return (
    <Card size="small" data-testid={`figure-${figure.key}`}>
      <Typography.Text type="secondary">{figure.label}</Typography.Text>
      <div>
        <Link to={listHref(figure.list)} data-testid={`figure-${figure.key}-link`}>
          <Typography.Text strong style={{ fontSize: 22 }} data-testid={`figure-${figure.key}-value`}>
            {figureText(figure.value, figure.unit)}
          </Typography.Text>
        </Link>
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
          {figure.target === null
            ? figure.key === 'workers.zeroEmployment'
              ? ''
              : t('targets.noTarget')
            : t('targets.target', { target: figureText(figure.target, figure.unit) })}
        </Typography.Text>
      </div>
      {percent !== null && (
        <Progress
          aria-label={figure.label}
          percent={Math.min(percent, 100)}
          format={() => `${percent}%`}
          size="small"
        />
      )}
      {figure.basis === 'CURRENT' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('targets.current')}
        </Typography.Text>
      )}
    </Card>
  );
}

/** 目标看板: the year's targets against their figures in the caller's region, drilling down to counties. */
export default function TargetsPage() {
  const [year, setYear] = useState(thisYear());
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [trail, setTrail] = useState<{ code: string; name: string }[]>([]);
  const [data, setData] = useState<TargetsDashboard | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setFailed(false);
    targetsDashboard(year, region).then(
      (d) => {
        if (!live) return;
        setData(d);
        setTrail((old) => {
          const at = old.findIndex((x) => x.code === d.regionCode);
          return at >= 0 ? old.slice(0, at + 1) : [...old, { code: d.regionCode, name: d.regionName }];
        });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [year, region]);

  if (failed) return <Empty description={t('targets.failed')} />;
  if (!data) return <Spin style={{ display: 'block', margin: '64px auto' }} />;

  const groups = [...new Set(data.figures.map((f) => f.group))] as TargetFigureGroup[];
  // a figure per row and a region per column: the table stays as wide as the regions, not the figures
  const tableFigures = data.figures.filter((f) => !f.key.startsWith('demands.open.'));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Breadcrumb
            items={trail.map((x) => ({
              title:
                x.code === data.regionCode ? (
                  <span data-testid="targets-region">{x.name}</span>
                ) : (
                  <Button type="link" size="small" style={LINK_BUTTON} onClick={() => setRegion(x.code)}>
                    {x.name}
                  </Button>
                ),
            }))}
          />
          <span>{t('targets.year')}</span>
          <InputNumber
            aria-label={t('targets.year')}
            min={2020}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
          {data.parentRegionCode && !trail.some((x) => x.code === data.parentRegionCode) && (
            <Button size="small" onClick={() => setRegion(data.parentRegionCode!)}>
              {t('targets.up')}
            </Button>
          )}
        </Space>
      </Card>
      <Alert type="info" showIcon message={t('targets.basis')} />
      {groups.map((g) => (
        <Card key={g} size="small" title={TARGET_FIGURE_GROUP_LABELS[g]}>
          <Row gutter={[12, 12]}>
            {data.figures
              .filter((f) => f.group === g)
              .map((f) => (
                <Col key={f.key} xs={24} sm={12} xl={6}>
                  <FigureCard figure={f} />
                </Col>
              ))}
          </Row>
        </Card>
      ))}
      <ChartBoundary>
        <Suspense fallback={<Spin style={{ display: 'block', margin: '32px auto' }} />}>
          <TargetCharts figures={data.figures} onDrill={setRegion} />
        </Suspense>
      </ChartBoundary>
      {data.children.length > 0 && (
        <Card size="small" title={t('targets.byRegion')}>
          <Table<TargetFigure>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={tableFigures}
            columns={[
              { title: t('targets.figure'), dataIndex: 'label', width: 200 },
              ...data.children.map((c) => ({
                key: c.regionCode,
                title: (
                  <Button type="link" size="small" style={LINK_BUTTON} onClick={() => setRegion(c.regionCode)}>
                    {c.regionName}
                  </Button>
                ),
                render: (_: unknown, f: TargetFigure) => {
                  const r = f.byRegion.find((x) => x.regionCode === c.regionCode);
                  return r ? <Link to={listHref(r.list)}>{figureText(r.value, f.unit)}</Link> : null;
                },
              })),
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
