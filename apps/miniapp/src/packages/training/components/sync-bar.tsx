import { Text, View } from '@tarojs/components';
import { fillTemplate } from '../training-model';
import type { SyncState } from '../hooks/use-roster';
import { trainingText } from '../locales';

const m = trainingText.session;

/** "n waiting to sync" (`roster-pending-count`), what became of the last send, and sync now (`roster-sync`). */
export function SyncBar({ pending, sync, onSync }: { pending: number; sync: SyncState; onSync: () => void }) {
  if (pending === 0 && sync.state !== 'syncing') return null;
  return (
    <View className="training-sync-bar" data-testid="roster-sync-bar">
      <View>
        <Text className="training-badge" data-testid="roster-pending-count">
          {fillTemplate(m.pending, { n: pending })}
        </Text>
        {sync.state === 'failed' && (
          <Text className="kit-note training-note" data-testid="roster-sync-failed">
            {sync.message
              ? fillTemplate(m.syncFailedBecause, { failed: m.syncFailed, message: sync.message })
              : m.syncFailed}
          </Text>
        )}
      </View>
      <Text className="kit-link training-link" data-testid="roster-sync" onClick={onSync}>
        {sync.state === 'syncing' ? m.syncing : m.syncNow}
      </Text>
    </View>
  );
}
