import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { App, Form } from 'antd';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { recordObjection } from '../../service';

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(): void;
}

/** 记录异议: someone objects to a name on the publicity list; the province decides on it. */
export function ObjectionModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ content: string }>();
  const { message } = App.useApp();
  return (
    <ModalForm<{ content: string }>
      title={t('aid.objectionTitle', { name: application.workerName })}
      name="objection"
      open
      form={form}
      width={520}
      modalProps={{ maskClosable: false }}
      onOpenChange={(next) => !next && onClose()}
      onFinish={async ({ content }) => {
        try {
          await recordObjection(application.id, content.trim(), form);
          void message.success(t('aid.objectionRecorded'));
          onSaved();
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
    >
      <ProFormTextArea
        name="content"
        label={t('aid.objectionContent')}
        placeholder={t('aid.objectionContentPlaceholder')}
        fieldProps={{ rows: 4, maxLength: 2000, showCount: true }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('aid.objectionContent') }) },
        ]}
      />
    </ModalForm>
  );
}
