import { ProFormTextArea } from '@ant-design/pro-components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { Form } from 'antd';
import { FormModal } from '../../../../components/kit';
import { t } from '../../../../locales';
import { recordObjection } from '../../service';

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName'>;
  onClose(): void;
  onSaved(): void;
}

/** 记录异议: someone objects to a name on the publicity list; the province decides on it. */
export function ObjectionModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<{ content: string }>();
  return (
    <FormModal
      form={form}
      title={t('aid.objectionTitle', { name: application.workerName })}
      name="objection"
      width={520}
      submit={({ content }: { content: string }, errors) => recordObjection(application.id, content.trim(), errors)}
      success={t('aid.objectionRecorded')}
      onClose={onClose}
      onSaved={onSaved}
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
    </FormModal>
  );
}
