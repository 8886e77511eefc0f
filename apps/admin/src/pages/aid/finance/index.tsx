import { AidApplicationStatus, type AidFinanceSummary } from '@steadywork/shared';
import { Card, Col, Row, Select, Space, Statistic, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { t } from '../../../locales';
import { ApiError } from '../../../services/request';
import { formatYuan } from '../../../utils/money';
import { ApplicationTable } from '../components/ApplicationTable';
import { currentYear, yearOptions } from '../labels';
import { financeSummary } from '../service';

const TO_PAY = [AidApplicationStatus.CONFIRMED];
const PAID = [AidApplicationStatus.PAID];

/** 资金发放: what 财务部 has to pay this year and what it has paid; each row opens the page to record a payment. */
export default function FinancePage() {
  const [year, setYear] = useState(currentYear);
  const [summary, setSummary] = useState<AidFinanceSummary | null>(null);
  const [tab, setTab] = useState<'toPay' | 'paid'>('toPay');

  useEffect(() => {
    let live = true;
    setSummary(null);
    financeSummary(year).then(
      (s) => live && setSummary(s),
      (e: unknown) => {
        if (!(e instanceof ApiError)) throw e;
      },
    );
    return () => {
      live = false;
    };
  }, [year]);

  const figure = (title: string, value: string | number, testId: string) => (
    <Col xs={12} xl={6}>
      <Statistic
        title={title}
        value={value}
        loading={!summary}
        valueRender={(node) => <span data-testid={testId}>{node}</span>}
      />
    </Col>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('aid.financeTitle')}
        extra={
          <Select<number>
            aria-label={t('aid.year')}
            value={year}
            options={yearOptions()}
            onChange={setYear}
            style={{ width: 110 }}
          />
        }
      >
        <Row gutter={[16, 16]} data-testid="finance-summary">
          {figure(t('aid.awaitingCount'), summary?.awaitingCount ?? 0, 'finance-awaiting-count')}
          {figure(t('aid.awaitingAmount'), formatYuan(summary?.awaitingFen ?? 0), 'finance-awaiting-amount')}
          {figure(t('aid.paidCount'), summary?.paidCount ?? 0, 'finance-paid-count')}
          {figure(t('aid.paidAmount'), formatYuan(summary?.paidFen ?? 0), 'finance-paid-amount')}
        </Row>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'toPay' | 'paid')}
        destroyOnHidden
        items={[
          {
            key: 'toPay',
            label: t('aid.toPay'),
            children: (
              <ApplicationTable title={t('aid.toPay')} statuses={TO_PAY} year={year} actionLabel={t('aid.disburse')} />
            ),
          },
          {
            key: 'paid',
            label: t('aid.paid'),
            children: (
              <ApplicationTable title={t('aid.paid')} statuses={PAID} year={year} actionLabel={t('aid.view')} />
            ),
          },
        ]}
      />
    </Space>
  );
}
