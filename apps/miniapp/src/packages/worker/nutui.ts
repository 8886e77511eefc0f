// The NutUI components only this sub-package uses, each with only its own stylesheet. They are
// imported from here rather than from src/ui/nutui.ts: a re-export there is reachable from the
// main package's pages, so the weapp build would put their code (about 58 KB) in the main package.
// Under jest, specs replace this module with test/mocks/nutui.tsx (jest.mock('…/worker/nutui')).
import '@nutui/nutui-react-taro/dist/es/packages/overlay/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/popup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tabpane/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tabs/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cascader/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css';

export { Cascader, Checkbox, Popup, Switch, TextArea } from '@nutui/nutui-react-taro';
export { Check } from '@nutui/icons-react-taro';
