// The NutUI components the app uses, each with only its own stylesheet: NutUI's full
// stylesheet would add about 230 KB to the weapp main package.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/grid/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/griditem/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css';
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/style.css';
// SVG icons (7 KB), not the 150 KB icon font.
import '@nutui/icons-react-taro/dist/style_icon.css';

export { Button, Cell, CellGroup, Grid, Input, Tag } from '@nutui/nutui-react-taro';
export { Articles, HeartF, Location, Order, UserAdd } from '@nutui/icons-react-taro';
