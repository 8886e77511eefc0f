import { AID_DECISION_LABELS, AidReviewDecision, type AidApplicationResponse } from '@steadywork/shared';
import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { RadioGroupField } from '../../../../components/kit';
import { t } from '../../../../locales';
import { ApiError } from '../../../../services/request';
import { formatYuan } from '../../../../utils/money';
import { reviewApplication } from '../../service';

interface Values {
  decision: AidReviewDecision;
  comment?: string;
}

interface Props {
  application: Pick<AidApplicationResponse, 'id' | 'workerName' | 'amountFen'>;
  /** The review went through, or the API refused it (409): either way the page reloads. */
  onDone(): void;
}

const decisionOptions = Object.values(AidReviewDecision).map((value) => ({
  value,
  label: AID_DECISION_LABELS[value],
}));

/** A return or a rejection tells the worker why: the comment is required for both (the API says so too). */
const commentRule = ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
  async validator(_: unknown, value: unknown) {
    const decision = getFieldValue('decision');
    if (decision && decision !== AidReviewDecision.APPROVE && !(typeof value === 'string' && value.trim())) {
      throw new Error(t('aid.reviewCommentRequired'));
    }
  },
});

/**
 * 初审 / 复审: the decision and the comment the worker will read. No decision is preselected, and
 * an approval, which moves money, is confirmed in a dialog naming the worker and the amount.
 */
export function ReviewForm({ application, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const applicationId = application.id;

  const submit = async (values: Values) => {
    if (values.decision === AidReviewDecision.APPROVE) {
      const confirmed = await modal.confirm({
        title: t('aid.approveConfirmTitle'),
        content: t('aid.approveConfirm', { name: application.workerName, amount: formatYuan(application.amountFen) }),
        okText: t('aid.approveConfirmOk'),
      });
      if (!confirmed) return;
    }
    setBusy(true);
    try {
      await reviewApplication(
        applicationId,
        { decision: values.decision, comment: values.comment?.trim() || undefined },
        form,
      );
      void message.success(t('aid.reviewed'));
      form.resetFields();
      onDone();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // The request layer has shown why (a full quota, someone else reviewed it first): show the state now.
      if (e.statusCode === 409) onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} name="review" layout="vertical" onFinish={(values) => void submit(values)}>
      <Form.Item
        name="decision"
        label={t('aid.decision')}
        rules={[{ required: true, message: t('common.selectRequired', { field: t('aid.decision') }) }]}
      >
        <RadioGroupField
          aria-label={t('aid.decision')}
          options={decisionOptions}
          optionType="button"
          buttonStyle="solid"
        />
      </Form.Item>
      <Form.Item name="comment" label={t('aid.reviewComment')} dependencies={['decision']} rules={[commentRule]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('aid.reviewCommentPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('aid.reviewSubmit')}
      </Button>
    </Form>
  );
}
