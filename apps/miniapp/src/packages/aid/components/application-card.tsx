import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  AID_STATUS_LABELS,
  AID_TYPE_LABELS,
  AidApplicationStatus,
  type AidApplicationResponse,
} from '@steadywork/shared';
import { routes, withQuery } from '@/services/routes';
import { Button, Tag } from '@/ui/nutui';
import { applicationActions, formatDate, formatDateTime, formatFen, statusTone, timeline } from '../aid-model';
import { InfoRow, Timeline } from '../kit';
import { aidText } from '../locales';

const m = aidText.applications;

interface ApplicationCardProps {
  application: AidApplicationResponse;
  /** A request on this application is in flight: its buttons are disabled. */
  busy?: boolean;
  onWithdraw?: (application: AidApplicationResponse) => void;
  /** Shows a link to the detail page (the list does, the detail page does not). */
  showDetailLink?: boolean;
}

/** An application as the worker follows it: status, the reviewer's comment, payment and every step. */
export function ApplicationCard({ application: app, busy, onWithdraw, showDetailLink }: ApplicationCardProps) {
  const actions = applicationActions(app);
  const go = (url: string) => void Taro.navigateTo({ url });
  const edit = () => go(withQuery(routes.aidApply, { id: app.id }));

  return (
    <View className="kit-card aid-card aid-application" data-testid={`aid-application-${app.id}`}>
      <View className="kit-card-head aid-card-head">
        <Text className="kit-card-title aid-card-title">{app.programName}</Text>
        {/* NutUI's Tag drops data-* attributes: the wrapper carries the test id. */}
        <View className={`aid-status aid-status-${app.status}`} data-testid="aid-status">
          <Tag type={statusTone(app.status)}>{AID_STATUS_LABELS[app.status]}</Tag>
        </View>
      </View>
      <Text className="aid-program-type">
        {app.year} · {AID_TYPE_LABELS[app.aidType]}
      </Text>
      <InfoRow label={m.amount} value={formatFen(app.amountFen)} />
      <InfoRow
        label={app.submittedAt ? m.submittedAt : m.createdAt}
        value={formatDateTime(app.submittedAt ?? app.createdAt)}
      />

      {app.status === AidApplicationStatus.RETURNED && (
        <View className="aid-comment aid-comment-returned" data-testid="aid-return-comment">
          <Text className="aid-comment-title">{m.returnComment}</Text>
          <Text className="aid-comment-text">{app.lastComment || aidText.common.none}</Text>
        </View>
      )}
      {app.status === AidApplicationStatus.REJECTED && app.lastComment && (
        <View className="aid-comment aid-comment-rejected" data-testid="aid-reject-comment">
          <Text className="aid-comment-title">{m.rejectComment}</Text>
          <Text className="aid-comment-text">{app.lastComment}</Text>
        </View>
      )}
      {app.objectionPending && <Text className="aid-objection">{m.objectionPending}</Text>}
      {app.disbursement && (
        <View className="aid-disbursement" data-testid="aid-disbursement">
          <Text className="aid-comment-title">{m.disbursement}</Text>
          <InfoRow
            label={m.paidAmount}
            value={formatFen(app.disbursement.amountFen)}
            valueClassName="aid-disbursement-amount"
          />
          <InfoRow
            label={m.paidAt}
            value={formatDate(app.disbursement.paidAt)}
            valueClassName="aid-disbursement-date"
          />
          <InfoRow label={m.voucherNo} value={app.disbursement.voucherNo} />
        </View>
      )}

      {(actions.edit || actions.resubmit || actions.withdraw || showDetailLink) && (
        <View className="aid-card-actions aid-card-actions-row">
          {actions.resubmit && (
            <Button type="primary" className="aid-resubmit" data-testid="aid-resubmit" disabled={busy} onClick={edit}>
              {m.resubmit}
            </Button>
          )}
          {actions.edit && (
            <Button type="primary" className="aid-edit" data-testid="aid-edit" disabled={busy} onClick={edit}>
              {m.edit}
            </Button>
          )}
          {actions.withdraw && onWithdraw && (
            <Button
              className="aid-withdraw"
              data-testid="aid-withdraw"
              disabled={busy}
              loading={busy}
              onClick={() => onWithdraw(app)}
            >
              {m.withdraw}
            </Button>
          )}
          {showDetailLink && (
            <Button
              fill="none"
              className="aid-detail"
              data-testid="aid-detail"
              onClick={() => go(withQuery(routes.aidApplication, { id: app.id }))}
            >
              {m.detail}
            </Button>
          )}
        </View>
      )}

      <Text className="kit-section-title aid-section-title">{m.timeline}</Text>
      <Timeline entries={timeline(app)} />
    </View>
  );
}
