import { ProFormDependency, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import { DemandTransferTarget, type DemandResponse } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../components/kit';
import { RegionCascader } from '../../../components/RegionCascader';
import { t } from '../../../locales';
import { useRegionTree } from '../../../services/regions';
import { closeDemand, noteDemand, transferDemand } from '../service';

interface Props {
  demand: Pick<DemandResponse, 'id'>;
  onClose(): void;
  onSaved(d: DemandResponse): void;
}

/** 办理记录: what the union did (a call, a visit, a mediation). */
export function NoteModal({ demand, onClose, onSaved }: Props) {
  return (
    <FormModal<{ note: string }, DemandResponse>
      title={t('demands.noteTitle')}
      name="note"
      success={t('demands.noteSaved')}
      onClose={onClose}
      onSaved={onSaved}
      submit={(v, errors) => noteDemand(demand.id, { note: v.note.trim() }, errors)}
    >
      <ProFormTextArea
        name="note"
        label={t('demands.noteLabel')}
        fieldProps={{ maxLength: 2000, showCount: true, rows: 4 }}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('demands.noteLabel') }) }]}
      />
    </FormModal>
  );
}

/** 办结: the result the worker is told. */
export function CloseModal({ demand, onClose, onSaved }: Props) {
  return (
    <FormModal<{ result: string }, DemandResponse>
      title={t('demands.closeTitle')}
      name="close"
      success={t('demands.closed')}
      onClose={onClose}
      onSaved={onSaved}
      submit={(v, errors) => closeDemand(demand.id, { result: v.result.trim() }, errors)}
    >
      <ProFormTextArea
        name="result"
        label={t('demands.result')}
        fieldProps={{ maxLength: 2000, showCount: true, rows: 4 }}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('demands.result') }) }]}
      />
    </FormModal>
  );
}

interface TransferValues {
  target: DemandTransferTarget;
  region?: string[];
  note: string;
}

/** 转办: to another union (a region of the province) or to a center's legal aid. */
export function TransferModal({ demand, onClose, onSaved }: Props) {
  const tree = useRegionTree(undefined);
  return (
    <FormModal<TransferValues, DemandResponse>
      title={t('demands.transferTitle')}
      name="transfer"
      width={560}
      success={t('demands.transferred')}
      initialValues={{ target: DemandTransferTarget.UNION }}
      onClose={onClose}
      onSaved={onSaved}
      routeErrors={(path) => (path[0] === 'regionCode' ? ['region'] : path)}
      submit={(v, errors) =>
        transferDemand(
          demand.id,
          {
            target: v.target,
            regionCode: v.target === DemandTransferTarget.UNION ? v.region?.[v.region.length - 1] : undefined,
            note: v.note.trim(),
          },
          errors,
        )
      }
    >
      <ProFormRadio.Group
        name="target"
        label={t('demands.transferTarget')}
        options={[
          { label: t('demands.transferUnion'), value: DemandTransferTarget.UNION },
          { label: t('demands.transferLegalAid'), value: DemandTransferTarget.LEGAL_AID },
        ]}
      />
      <ProFormDependency name={['target']}>
        {({ target }) =>
          target === DemandTransferTarget.UNION && (
            <Form.Item
              name="region"
              label={t('demands.transferRegion')}
              rules={[{ required: true, message: t('common.selectRequired', { field: t('demands.transferRegion') }) }]}
            >
              <RegionCascader tree={tree} anyLevel placeholder={t('demands.transferRegion')} />
            </Form.Item>
          )
        }
      </ProFormDependency>
      <ProFormTextArea
        name="note"
        label={t('demands.transferNote')}
        fieldProps={{ maxLength: 2000, rows: 3 }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('demands.transferNote') }) },
        ]}
      />
    </FormModal>
  );
}
