import type { ThemeConfig } from 'antd';

/**
 * The console's theme: the union's red, and every text colour at WCAG AA contrast (4.5:1) on the
 * backgrounds it is shown on (white, the layout's and the table header's greys, a tag's tint).
 * antd's defaults fall short for secondary text (45% black, 3.4:1), links (#1677ff, 4.1:1) and the
 * tags' text (green, orange, gold, cyan: about 3:1). docs/accessibility.md
 */
export const ACCESSIBLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#c8161d',
    // a hovered or pressed button darkens instead of paling (white on antd's lighter red is 4.2:1)
    colorPrimaryHover: '#a8071a',
    colorPrimaryActive: '#820014',
    // descriptions, form hints, statistic titles, empty lists, icons: 60% black (5.7:1 on white)
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    // links: antd's blue one step darker (6.2:1)
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    // error text and danger buttons: antd's red one step darker (5.6:1)
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    // placeholders (the multiple select's is text on the page): 55% black (4.7:1)
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  components: {
    // an empty table's text ("暂无…") is drawn in the disabled colour (25% black, 1.8:1)
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    // a tag's text on its own tint: each colour one step darker than antd's (5:1 and more)
    Tag: {
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorError: '#cf1322',
      colorInfo: '#0958d9',
      green7: '#237804',
      gold7: '#874d00',
      orange7: '#ad4e00',
      cyan7: '#006d75',
      lime7: '#3f6600',
      volcano7: '#ad2102',
      yellow7: '#876800',
    },
  },
};
