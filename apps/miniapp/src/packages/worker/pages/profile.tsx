import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import type { WorkerResponse } from '@steadywork/shared';
import { t } from '@/locales/zh-CN';
import { showError, showSuccess } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { Button } from '@/ui/nutui';
import { fetchMyProfile } from '../api';
import { ProfileForm } from '../components/profile-form';
import { ProfileView } from '../components/profile-view';
import './profile.css';

const m = t.workerProfile;

type Mode = 'loading' | 'failed' | 'register' | 'view' | 'edit';

/** 实名登记: the registration form before the worker registered, their record (and its editor) after. */
export default function WorkerProfilePage() {
  const [mode, setMode] = useState<Mode>('loading');
  const [profile, setProfile] = useState<WorkerResponse | null>(null);

  const load = async () => {
    if (!tokenStorage.hasSession()) {
      goToLogin();
      return;
    }
    setMode('loading');
    try {
      const mine = await fetchMyProfile();
      setProfile(mine);
      setMode(mine ? 'view' : 'register');
    } catch (err) {
      showError(err);
      setMode('failed');
    }
  };

  useLoad(() => {
    void load();
  });

  // The record, or the form, starts at its top whatever was scrolled before.
  useEffect(() => {
    if (mode === 'view' || mode === 'edit')
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  }, [mode]);

  const onSaved = (saved: WorkerResponse) => {
    showSuccess(mode === 'edit' ? m.saved : m.registered);
    setProfile(saved);
    setMode('view');
  };

  return (
    <View className="reg-page">
      {mode === 'loading' && (
        <View className="reg-status reg-loading">
          <Text>{m.loading}</Text>
        </View>
      )}
      {mode === 'failed' && (
        <View className="reg-status reg-failed">
          <Text className="reg-status-text">{m.loadFailed}</Text>
          <Button type="primary" className="reg-retry" onClick={() => void load()}>
            {m.retry}
          </Button>
        </View>
      )}
      {mode === 'register' && <ProfileForm profile={null} onSaved={onSaved} />}
      {mode === 'view' && profile && <ProfileView profile={profile} onEdit={() => setMode('edit')} />}
      {mode === 'edit' && profile && (
        <ProfileForm profile={profile} onSaved={onSaved} onCancel={() => setMode('view')} />
      )}
    </View>
  );
}
