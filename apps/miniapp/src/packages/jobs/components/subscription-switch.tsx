import { Text, View } from '@tarojs/components';
import { useAction, useRemote } from '@/components/kit';
import { fetchSubscription, saveSubscription } from '../api';
import { jobsText } from '../locales';
import { Switch } from '../nutui';

const m = jobsText.list;

/** Job alerts: the worker's consent to job pushes (no push reaches them without it). */
export function SubscriptionSwitch() {
  const subscription = useRemote(fetchSubscription, { when: 'load' });
  const action = useAction<'subscription'>();
  const checked = subscription.data?.subscribed ?? false;

  const change = (next: boolean) =>
    void action.run('subscription', () => saveSubscription(next), {
      success: next ? m.subscribed : m.unsubscribed,
      onDone: (saved) => subscription.setData(saved),
    });

  return (
    <View className="kit-block jobs-subscription" data-testid="job-subscription">
      <View className="jobs-subscription-text">
        <Text className="jobs-subscription-title">{m.subscribe}</Text>
        <Text className="jobs-subscription-hint">{m.subscribeHint}</Text>
      </View>
      {subscription.status === 'ready' && (
        <Switch
          className="jobs-subscription-switch"
          data-testid="job-subscription-switch"
          checked={checked}
          disabled={action.busy !== null}
          onChange={(value: boolean) => change(value)}
        />
      )}
    </View>
  );
}
