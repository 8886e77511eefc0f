import { Text, View } from '@tarojs/components';
import type { AidApplicationResponse } from '@steadywork/shared';
import { formatFen } from '../aid-model';
import { aidText } from '../locales/zh-CN';

const f = aidText.form.fields;
const d = aidText.detail;

function Row({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <View className="kit-row aid-row">
      <Text className="kit-row-label aid-row-label">{label}</Text>
      <Text className="kit-row-value aid-row-value">
        {value === null || value === undefined || value === '' ? '—' : value}
      </Text>
    </View>
  );
}

/** What the worker sent: the type's details, the statement and the attachments' names. */
export function ApplicationContent({ application: app }: { application: AidApplicationResponse }) {
  const total = (app.materials?.items ?? []).reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);
  return (
    <View className="aid-card aid-content" data-testid="aid-content">
      <Text className="aid-section-title">{d.content}</Text>
      {app.startup && (
        <>
          <Row label={f.businessName} value={app.startup.businessName} />
          <Row label={f.creditCode} value={app.startup.creditCode} />
          <Row label={f.expectedJobs} value={app.startup.expectedJobs} />
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
            <Row
              key={`${item.name}-${i}`}
              label={`${i + 1}. ${item.name}`}
              value={`${item.quantity} × ${formatFen(item.unitPriceFen)} = ${formatFen(item.quantity * item.unitPriceFen)}`}
            />
          ))}
          <Row label={f.total} value={formatFen(total)} />
          <Row label={f.purpose} value={app.materials.purpose} />
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
