import { ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { AidApplicationResponse, AidObjectionDecisionRequest } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { decideObjection } from '../../service';

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(): void;
}

/** 异议处理: an upheld objection revokes the award and frees its place; a dismissed one keeps it. */
export function ObjectionDecisionModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<AidObjectionDecisionRequest>();
  return (
    <FormModal
      form={form}
      title={t('aid.objectionDecisionTitle', { name: application.workerName })}
      name="objectionDecision"
      width={520}
      submit={(values: AidObjectionDecisionRequest, errors) =>
        decideObjection(application.id, { decision: values.decision, comment: values.comment.trim() }, errors)
      }
      success={t('aid.objectionDecided')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <ProFormRadio.Group
        name="decision"
        label={t('aid.objectionResult')}
        options={[
          { value: 'dismiss', label: t('aid.objectionDismiss') },
          { value: 'uphold', label: t('aid.objectionUphold') },
        ]}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('aid.objectionResult') }) }]}
      />
      <ProFormTextArea
        name="comment"
        label={t('aid.objectionComment')}
        fieldProps={{ rows: 3, maxLength: 500, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('aid.objectionComment') }) },
        ]}
      />
    </FormModal>
  );
}
