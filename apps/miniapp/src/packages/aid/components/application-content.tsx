import { Text, View } from '@tarojs/components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { formatFen } from '../aid-model';
import { InfoRow } from '../kit';
import { aidText } from '../locales';

const f = aidText.form.fields;
const d = aidText.detail;

/** What the worker sent: the type's details, the statement and the attachments' names. */
export function ApplicationContent({ application: app }: { application: AidApplicationResponse }) {
  const total = (app.materials?.items ?? []).reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);
  return (
    <View className="kit-card aid-card aid-content" data-testid="aid-content">
      <Text className="kit-section-title aid-section-title">{d.content}</Text>
      {app.startup && (
        <>
          <InfoRow label={f.businessName} value={app.startup.businessName} />
          <InfoRow label={f.creditCode} value={app.startup.creditCode} />
          <InfoRow label={f.expectedJobs} value={app.startup.expectedJobs} />
          {app.startup.businessPlan && (
            <View className="aid-block">
              <Text className="kit-row-label aid-row-label">{f.businessPlan}</Text>
              <Text className="aid-block-text">{app.startup.businessPlan}</Text>
            </View>
          )}
        </>
      )}
      {app.materials && (
        <>
          {app.materials.items.map((item, i) => (
            <InfoRow
              key={`${item.name}-${i}`}
              label={`${i + 1}. ${item.name}`}
              value={`${item.quantity} × ${formatFen(item.unitPriceFen)} = ${formatFen(item.quantity * item.unitPriceFen)}`}
            />
          ))}
          <InfoRow label={f.total} value={formatFen(total)} />
          <InfoRow label={f.purpose} value={app.materials.purpose} />
        </>
      )}
      {app.statement && (
        <View className="aid-block">
          <Text className="kit-row-label aid-row-label">{f.statement}</Text>
          <Text className="aid-block-text">{app.statement}</Text>
        </View>
      )}
      <View className="aid-block">
        <Text className="kit-row-label aid-row-label">{d.attachments}</Text>
        {app.attachments.length === 0 && <Text className="aid-block-text">{d.noAttachments}</Text>}
        {app.attachments.map((file) => (
          <Text key={file.id} className="aid-block-text aid-file-name">
            · {file.name}
          </Text>
        ))}
      </View>
    </View>
  );
}
