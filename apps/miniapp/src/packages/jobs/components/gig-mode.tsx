import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { GIG_KINDS } from '@steadywork/shared';
import { useAction, useRemote } from '@/components/kit';
import { showError } from '@/services/feedback';
import { routes } from '@/services/routes';
import { Button } from '@/ui/nutui';
import { fetchGigMode, saveGigMode } from '../api';
import { gigText } from '../locales';
import { Switch } from '../nutui';

const m = gigText.mode;

/**
 * Gig mode on the jobs page: the worker says they take gig work, of these kinds, in their county
 * (PUT /me/jobs/gig-mode); once on, a link to the gigs near them.
 */
export function GigModeSwitch() {
  const mode = useRemote(fetchGigMode, { when: 'load' });
  const action = useAction<'mode'>();
  const [picked, setPicked] = useState<string[] | null>(null);
  const available = mode.data?.available ?? false;
  const kinds = picked ?? mode.data?.kinds ?? [];

  const save = (next: boolean, nextKinds: string[]) => {
    if (next && nextKinds.length === 0) {
      showError(new Error(m.kindsEmpty));
      return;
    }
    void action.run('mode', () => saveGigMode({ available: next, kinds: nextKinds }), {
      success: next ? (available ? m.saved : m.on) : m.off,
      onDone: (saved) => {
        mode.setData(saved);
        setPicked(null);
      },
    });
  };

  const toggleKind = (kind: string) =>
    setPicked(kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind].slice(0, 8));

  return (
    <View className="kit-block jobs-subscription jobs-gig-mode" data-testid="gig-mode">
      <View className="jobs-gig-mode-head">
        <View className="jobs-subscription-text">
          <Text className="jobs-subscription-title">{m.title}</Text>
          <Text className="jobs-subscription-hint">{m.hint}</Text>
        </View>
        {mode.status === 'ready' && (
          <Switch
            className="jobs-subscription-switch"
            data-testid="gig-mode-switch"
            checked={available}
            disabled={action.busy !== null}
            onChange={(value: boolean) => save(value, kinds)}
          />
        )}
      </View>
      {mode.status === 'ready' && (
        <>
          <Text className="jobs-gig-kinds-title">{m.kinds}</Text>
          <View className="jobs-gig-kinds" data-testid="gig-kinds">
            {GIG_KINDS.map((kind) => (
              <Text
                key={kind}
                className={`jobs-gig-kind${kinds.includes(kind) ? ' jobs-gig-kind-on' : ''}`}
                data-testid={`gig-kind-${kind}`}
                onClick={() => toggleKind(kind)}
              >
                {kind}
              </Text>
            ))}
          </View>
          <View className="jobs-card-actions">
            {available && picked && (
              <Button size="small" type="primary" data-testid="gig-kinds-save" onClick={() => save(true, kinds)}>
                {m.save}
              </Button>
            )}
            {available && (
              <Button size="small" data-testid="gig-view" onClick={() => void Taro.navigateTo({ url: routes.jobGigs })}>
                {m.viewGigs}
              </Button>
            )}
          </View>
        </>
      )}
    </View>
  );
}
