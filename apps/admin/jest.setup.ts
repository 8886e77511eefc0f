// From @testing-library/dom, not /react: importing /react here, before jest installs `afterEach`,
// would load it without its automatic cleanup, and each test would see the previous one's DOM.
import { configure } from '@testing-library/dom';

// jsdom has no layout: answer media queries as a 1280px-wide desktop, so antd's grid and
// ProLayout render the desktop sider and menu.
const VIEWPORT_WIDTH = 1280;

function matches(query: string): boolean {
  return query.split(/\s+and\s+/).every((part) => {
    const m = /\((min|max)-width:\s*([\d.]+)px\)/.exec(part);
    if (!m) return true;
    return m[1] === 'min' ? VIEWPORT_WIDTH >= Number(m[2]) : VIEWPORT_WIDTH <= Number(m[2]);
  });
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList =>
    ({
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList,
});

// jsdom does not implement pseudo-element styles (rc-table measures the scrollbar with one).
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

// The console's pages render a whole ProLayout: on a loaded CI machine the first paint of a page
// can take seconds, so findBy*/waitFor wait up to 45 s (they return as soon as the UI is there).
configure({ asyncUtilTimeout: 45_000 });
