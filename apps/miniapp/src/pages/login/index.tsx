import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { t } from '@/locales/zh-CN';
import { getDevOpenid, loginWithCode, obtainLoginCode, rememberDevOpenid } from '@/services/auth';
import { showError } from '@/services/feedback';
import { goHome } from '@/services/routes';
import { Button, Input } from '@/ui/nutui';
import './index.css';

/** H5 has no wx.login: it logs in through the API's development provider with a test openid. */
const IS_H5 = process.env.TARO_ENV === 'h5';

export default function LoginPage() {
  const [openid, setOpenid] = useState(() => (IS_H5 ? getDevOpenid() : ''));
  const [submitting, setSubmitting] = useState(false);

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
    <View className="login">
      <View className="login-hero">
        <Text className="login-app-name">{t.appName}</Text>
        <Text className="login-title">{t.login.title}</Text>
        <Text className="login-subtitle">{t.login.subtitle}</Text>
      </View>
      <View className="login-card">
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
        <Text className="login-agreement">{t.login.agreement}</Text>
      </View>
    </View>
  );
}
