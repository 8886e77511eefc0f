import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import type { RegistrationCodeResponse, WorkerResponse } from '@steadywork/shared';
import { showError, showSuccess } from '@/services/feedback';
import { goToLogin } from '@/services/routes';
import { tokenStorage } from '@/services/token-storage';
import { useNavTitle } from '@/i18n/use-nav-title';
import { fetchMyProfile } from '../api';
import { ProfileForm } from '../components/profile-form';
import { ProfileView } from '../components/profile-view';
import { RegistrationCode } from '../components/registration-code';
import { LoadFailed, Loading } from '../kit';
import { workerText } from '../locales';
import './profile.css';

const m = workerText;

type Mode = 'loading' | 'failed' | 'register' | 'code' | 'view' | 'edit';

/**
 * Real-name registration: the registration form before the worker registered (then, when the API sent an SMS
 * code, the code page), their record (and its editor) after.
 */
export default function WorkerProfilePage() {
  useNavTitle(m.nav.profile);
  const [mode, setMode] = useState<Mode>('loading');
  const [profile, setProfile] = useState<WorkerResponse | null>(null);
  const [pending, setPending] = useState<RegistrationCodeResponse | null>(null);

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
    setPending(null);
    setMode('view');
  };

  const onCodeSent = (sent: RegistrationCodeResponse) => {
    setPending(sent);
    setMode('code');
  };

  return (
    <View className="kit-page reg-page">
      {mode === 'loading' && <Loading text={m.loading} />}
      {mode === 'failed' && <LoadFailed text={m.loadFailed} onRetry={() => void load()} />}
      {(mode === 'register' || mode === 'code') && (
        // kept while the code page shows, so that "back to edit" finds the form as it was
        <View className={mode === 'code' ? 'reg-hidden' : undefined}>
          <ProfileForm profile={null} onSaved={onSaved} onCodeSent={onCodeSent} />
        </View>
      )}
      {mode === 'code' && pending && (
        <RegistrationCode pending={pending} onConfirmed={onSaved} onBack={() => setMode('register')} />
      )}
      {mode === 'view' && profile && <ProfileView profile={profile} onEdit={() => setMode('edit')} />}
      {mode === 'edit' && profile && (
        <ProfileForm profile={profile} onSaved={onSaved} onCancel={() => setMode('view')} />
      )}
    </View>
  );
}
