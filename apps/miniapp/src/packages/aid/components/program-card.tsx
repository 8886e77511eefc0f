import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AID_TYPE_LABELS, type MyAidProgramResponse } from '@steadywork/shared';
import { routes, withQuery } from '@/services/routes';
import { Button, Tag } from '@/ui/nutui';
import { fillTemplate, formatDate, formatFen, programView, quotaLeft } from '../aid-model';
import { InfoRow } from '../kit';
import { aidText } from '../locales';

const m = aidText.programs;

/** One programme: what it gives, places left, the window, the documents, and whether the worker may apply. */
export function ProgramCard({ program }: { program: MyAidProgramResponse }) {
  const view = programView(program);
  const go = (url: string) => void Taro.navigateTo({ url });

  return (
    <View className="kit-card aid-card aid-program" data-testid={`aid-program-${program.aidType}`}>
      <View className="kit-card-head aid-card-head">
        <Text className="kit-card-title aid-card-title">{program.name}</Text>
        <Tag type={program.open ? 'success' : 'default'} className="aid-program-window-tag">
          {program.open ? m.open : m.closed}
        </Tag>
      </View>
      <Text className="aid-program-type">{AID_TYPE_LABELS[program.aidType]}</Text>
      {program.description && <Text className="aid-program-description">{program.description}</Text>}
      <InfoRow
        className="aid-program-amount"
        label={m.amount}
        value={`${m.perPerson} ${formatFen(program.amountFen)}`}
      />
      <InfoRow
        className="aid-program-quota"
        label={m.quota}
        value={fillTemplate(m.quotaValue, { left: String(quotaLeft(program)), quota: String(program.quota) })}
      />
      <InfoRow
        className="aid-program-dates"
        label={m.window}
        value={fillTemplate(m.windowValue, {
          from: formatDate(program.applyFrom),
          until: formatDate(program.applyUntil),
        })}
      />
      {program.requiredAttachments.length > 0 && (
        <View className="aid-program-attachments">
          <Text className="kit-row-label aid-row-label">{m.attachments}</Text>
          {program.requiredAttachments.map((req) => (
            <Text key={req.key} className="aid-program-attachment">
              · {req.label}
            </Text>
          ))}
        </View>
      )}

      {view.reasons.length > 0 ? (
        <View className="aid-reasons" data-testid="aid-reasons">
          <Text className="aid-reasons-title">{m.notEligible}</Text>
          {view.reasons.map((reason) => (
            <Text key={reason} className="aid-reason">
              · {reason}
            </Text>
          ))}
        </View>
      ) : (
        <Text className="aid-eligible">{m.eligible}</Text>
      )}

      <View className="aid-card-actions">
        {view.action === 'view' && (
          <Button
            block
            type="primary"
            className="aid-view-application"
            data-testid="aid-view-application"
            onClick={() => go(withQuery(routes.aidApplication, { id: program.myApplicationId ?? undefined }))}
          >
            {m.viewApplication}
          </Button>
        )}
        {view.action === 'register' && (
          <>
            <Text className="kit-field-hint aid-field-hint">{m.registerHint}</Text>
            <Button
              block
              type="primary"
              className="aid-register"
              data-testid="aid-register"
              onClick={() => go(routes.workerProfile)}
            >
              {m.register}
            </Button>
          </>
        )}
        {(view.action === 'apply' || view.action === 'blocked') && (
          <Button
            block
            type="primary"
            className="aid-apply"
            data-testid="aid-apply"
            disabled={view.action === 'blocked'}
            onClick={() => go(withQuery(routes.aidApply, { programId: program.id }))}
          >
            {m.apply}
          </Button>
        )}
      </View>
    </View>
  );
}
