import { ProFormDatePicker, ProFormDigit } from '@ant-design/pro-components';
import type { LayoffSettlementRequest, LayoffWorkerResponse } from '@steadywork/shared';
import { FormModal } from '../../../components/kit';
import { t } from '../../../locales';
import type { dayjs } from '../../../services/time';
import { settleWorker } from '../service';
import { dateText } from './dates';

interface Values {
  compensationOwed?: number | null;
  compensationPaid?: number;
  wageArrears?: number;
  unpaidInsuranceMonths?: number;
  certificateIssuedOn?: string | dayjs.Dayjs | null;
  transferredOn?: string | dayjs.Dayjs | null;
}

interface Props {
  worker: LayoffWorkerResponse;
  onClose(): void;
  onSaved(worker: LayoffWorkerResponse): void;
}

/** The API's fen fields → the form's 元 fields. */
const FIELD_OF: Record<string, string> = {
  compensationOwedFen: 'compensationOwed',
  compensationPaidFen: 'compensationPaid',
  wageArrearsFen: 'wageArrears',
};

const fenOf = (yuan: number | null | undefined) =>
  yuan === null || yuan === undefined ? null : Math.round(Number(yuan) * 100);
const yuanOf = (fen: number | null) => (fen === null ? undefined : fen / 100);

/** 登记结算: compensation owed and paid (元 on screen, fen to the API), arrears, certificate, transfer. */
export function SettlementModal({ worker, onClose, onSaved }: Props) {
  return (
    <FormModal<Values, LayoffWorkerResponse>
      title={t('layoffs.settleTitle', { name: worker.name })}
      name="settle"
      width={560}
      initialValues={{
        compensationOwed: yuanOf(worker.compensationOwedFen),
        compensationPaid: worker.compensationPaidFen / 100,
        wageArrears: worker.wageArrearsFen / 100,
        unpaidInsuranceMonths: worker.unpaidInsuranceMonths,
        certificateIssuedOn: worker.certificateIssuedOn ?? undefined,
        transferredOn: worker.transferredOn ?? undefined,
      }}
      submit={(values, errors) => {
        const body: LayoffSettlementRequest = {
          compensationOwedFen: fenOf(values.compensationOwed),
          compensationPaidFen: fenOf(values.compensationPaid) ?? 0,
          wageArrearsFen: fenOf(values.wageArrears) ?? 0,
          unpaidInsuranceMonths: values.unpaidInsuranceMonths ?? 0,
          certificateIssuedOn: dateText(values.certificateIssuedOn),
          transferredOn: dateText(values.transferredOn),
        };
        return settleWorker(worker.filingId, worker.id, body, errors);
      }}
      routeErrors={(path) => [FIELD_OF[String(path[0])] ?? path[0], ...path.slice(1)]}
      success={t('layoffs.settleSaved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormDigit
        name="compensationOwed"
        label={t('layoffs.compensationOwed')}
        min={0}
        fieldProps={{ precision: 2 }}
      />
      <ProFormDigit
        name="compensationPaid"
        label={t('layoffs.compensationPaid')}
        min={0}
        fieldProps={{ precision: 2 }}
      />
      <ProFormDigit name="wageArrears" label={t('layoffs.wageArrears')} min={0} fieldProps={{ precision: 2 }} />
      <ProFormDigit
        name="unpaidInsuranceMonths"
        label={t('layoffs.unpaidInsuranceMonths')}
        min={0}
        fieldProps={{ precision: 0 }}
      />
      <ProFormDatePicker name="certificateIssuedOn" label={t('layoffs.certificateIssuedOn')} width="100%" />
      <ProFormDatePicker name="transferredOn" label={t('layoffs.transferredOn')} width="100%" />
    </FormModal>
  );
}
