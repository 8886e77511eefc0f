// The NutUI components only this sub-package uses, each with only its own stylesheet; imported
// from here rather than src/ui/nutui.ts so the weapp build keeps them out of the main package.
// Under jest, specs replace this module with test/mocks/nutui.tsx (jest.mock('…/demands/nutui')).
import '@nutui/nutui-react-taro/dist/es/packages/rate/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css';

export { Rate, TextArea } from '@nutui/nutui-react-taro';
