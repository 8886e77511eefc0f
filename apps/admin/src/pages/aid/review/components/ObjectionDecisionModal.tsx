import { ModalForm, ProFormRadio, ProFormTextArea } from '@ant-design/pro-components';
import type { AidApplicationResponse, AidObjectionDecisionRequest } from '@steadywork/shared';
import { App, Form } from 'antd';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { decideObjection } from '../../service';

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(): void;
}

/** 异议处理: an upheld objection revokes the award and frees its place; a dismissed one keeps it. */
export function ObjectionDecisionModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<AidObjectionDecisionRequest>();
  const { message } = App.useApp();
  return (
    <ModalForm<AidObjectionDecisionRequest>
      title={t('aid.objectionDecisionTitle', { name: application.workerName })}
      name="objectionDecision"
      open
      form={form}
      width={520}
      modalProps={{ maskClosable: false }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async (values) => {
        try {
          await decideObjection(application.id, { decision: values.decision, comment: values.comment.trim() }, form);
          void message.success(t('aid.objectionDecided'));
          onSaved();
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
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
    </ModalForm>
  );
}
