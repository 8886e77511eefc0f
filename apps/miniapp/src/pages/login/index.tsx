import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { PrincipalType } from '@steadywork/shared';
import { useNavTitle, usePageClass } from '@/i18n/use-nav-title';
import { t } from '@/locales';
import {
  getDevOpenid,
  loginWithCode,
  loginWithPassword,
  logout,
  obtainLoginCode,
  rememberDevOpenid,
} from '@/services/auth';
import { showError } from '@/services/feedback';
import { isTrainerAccount } from '@/services/principal';
import { goHome, routes } from '@/services/routes';
import { Button, Input } from '@/ui/nutui';
import './index.css';

/** H5 has no wx.login: it logs in through the API's development provider with a test openid. */
const IS_H5 = process.env.TARO_ENV === 'h5';

type Mode = 'worker' | 'trainer';

/** 培训教师登录: a trainer's staff account (username and password), for trainer mode. */
function TrainerLogin() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const onLogin = async () => {
    const name = username.trim();
    if (!name || !password) {
      void Taro.showToast({ title: name ? t.login.passwordRequired : t.login.usernameRequired, icon: 'none' });
      return;
    }
    setSubmitting(true);
    try {
      const me = await loginWithPassword(name, password);
      if (!isTrainerAccount(me)) {
        await logout();
        void Taro.showModal({ title: t.login.trainerTitle, content: t.login.notTrainer, showCancel: false });
        return;
      }
      // The API opens nothing else until the password is changed, which the console does.
      if (me.type === PrincipalType.STAFF && me.mustChangePassword) {
        await logout();
        void Taro.showModal({ title: t.login.trainerTitle, content: t.login.changePasswordFirst, showCancel: false });
        return;
      }
      void Taro.reLaunch({ url: routes.trainingTrainer });
    } catch (err) {
      showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View className="login-trainer">
      <Text className="login-label">{t.login.username}</Text>
      <Input
        className="login-username"
        value={username}
        placeholder={t.login.usernamePlaceholder}
        clearable
        onChange={(value: string) => setUsername(value)}
      />
      <Text className="login-label">{t.login.password}</Text>
      <Input
        className="login-password"
        type="password"
        value={password}
        placeholder={t.login.passwordPlaceholder}
        onChange={(value: string) => setPassword(value)}
      />
      <Button
        block
        type="primary"
        size="large"
        className="login-trainer-submit"
        loading={submitting}
        disabled={submitting}
        onClick={() => void onLogin()}
      >
        {submitting ? t.login.loggingIn : t.login.trainerLogin}
      </Button>
    </View>
  );
}

export default function LoginPage() {
  const [mode, setMode] = useState<Mode>('worker');
  const [openid, setOpenid] = useState(() => (IS_H5 ? getDevOpenid() : ''));
  const [submitting, setSubmitting] = useState(false);
  useNavTitle(t.login.navTitle);
  const pageClass = usePageClass();

  useLoad(() => {
    // reLaunch to this page shows WeChat's "home" button, which leads back here anyway.
    if (process.env.TARO_ENV === 'weapp') void Taro.hideHomeButton();
  });

  const onLogin = async () => {
    const devOpenid = openid.trim();
    if (IS_H5 && !devOpenid) {
      void Taro.showToast({ title: t.login.openidRequired, icon: 'none' });
      return;
    }
    setSubmitting(true);
    try {
      if (IS_H5) rememberDevOpenid(devOpenid);
      await loginWithCode(await obtainLoginCode(devOpenid));
      goHome();
    } catch (err) {
      showError(err);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View className={`login ${pageClass}`}>
      <View className="login-hero">
        <Text className="login-app-name">{t.appName}</Text>
        <Text className="login-title">{mode === 'worker' ? t.login.title : t.login.trainerTitle}</Text>
        <Text className="login-subtitle">{mode === 'worker' ? t.login.subtitle : t.login.trainerSubtitle}</Text>
      </View>
      <View className="login-card">
        <View className="login-tabs">
          {(['worker', 'trainer'] as const).map((key) => (
            <View
              key={key}
              className={`login-tab login-tab-${key}${mode === key ? ' login-tab-active' : ''}`}
              onClick={() => setMode(key)}
            >
              <Text>{key === 'worker' ? t.login.workerTab : t.login.trainerTab}</Text>
            </View>
          ))}
        </View>
        {mode === 'trainer' ? (
          <TrainerLogin />
        ) : (
          <>
            {IS_H5 && (
              <View className="login-dev">
                <Text className="login-dev-notice">{t.login.devNotice}</Text>
                <Text className="login-label">{t.login.openidLabel}</Text>
                <Input
                  className="login-openid"
                  value={openid}
                  placeholder={t.login.openidPlaceholder}
                  clearable
                  onChange={(value: string) => setOpenid(value)}
                />
              </View>
            )}
            <Button
              block
              type="primary"
              size="large"
              className="login-submit"
              loading={submitting}
              disabled={submitting}
              onClick={() => void onLogin()}
            >
              {submitting ? t.login.loggingIn : t.login.wechatLogin}
            </Button>
          </>
        )}
        <Text className="login-agreement">{t.login.agreement}</Text>
      </View>
    </View>
  );
}
