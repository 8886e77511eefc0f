import Taro, { useDidShow } from '@tarojs/taro';
/** Sets the page's title in the current language each time the page shows. */
export function useNavTitle(title: string): void {
  useDidShow(() => void Taro.setNavigationBarTitle({ title }));
}
