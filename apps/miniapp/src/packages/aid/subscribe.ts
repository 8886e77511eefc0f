import Taro from '@tarojs/taro';

/**
 * On WeChat, asks the worker to receive a message when their application changes (订阅消息).
 * It must run inside the tap itself, before any await; a refusal never stops the submission.
 */
export function askForUpdates(): void {
  const template = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID;
  if (process.env.TARO_ENV !== 'weapp' || !template) return;
  Taro.requestSubscribeMessage({ tmplIds: [template], entityIds: [] }).catch(() => undefined);
}
