/**
 * What the console's specs inject of antd's CSS-in-JS styles into jsdom (mapped in for
 * `rc-util/lib/Dom/dynamicCSS` by jest.config.ts; @ant-design/cssinjs injects every style through it).
 *
 * jsdom has no layout: the stylesheet only matters where something reads it back through
 * `getComputedStyle` — Testing Library's "is it hidden?" (display, visibility) and the few reads of
 * antd and rc-* components (overflow, position, margins, border widths, white-space, resize,
 * pointer-events, opacity). But jsdom's getComputedStyle matches every rule of every sheet against
 * the element and, for inherited properties, against each of its ancestors, and a page of the
 * console brings thousands of antd rules (colours, fonts, paddings, transitions…): that matching
 * was most of the specs' time.
 *
 * So each style is injected with only the declarations of those properties, and without what jsdom
 * ignores anyway (media queries other than `screen`, keyframes, font faces, @supports). Every rule
 * that sets `display` is kept, in order, so what is hidden and what is shown stays as in the full
 * stylesheet. The components run unchanged: they generate the same styles and class names; only the
 * text of the <style> elements is shorter.
 */
const real = require('rc-util/lib/Dom/dynamicCSS.js');
const { compile, serialize, stringify } = require('stylis');

/** The properties something reads back in jsdom. */
const READ_BACK =
  /^(display|visibility|pointer-events|opacity|overflow(-x|-y)?|position|white-space|resize|margin(-top|-bottom)?|border(-left|-right)?(-width)?)$/;

function keep(nodes) {
  const kept = [];
  for (const node of nodes) {
    if (node.type === 'rule') {
      const declarations = node.children.filter((d) => d.type === 'decl' && READ_BACK.test(d.props));
      if (declarations.length > 0) kept.push({ ...node, children: declarations, return: '' });
    } else if (node.type === '@media' && /\bscreen\b/i.test(node.value)) {
      // jsdom applies the rules of a media query only when it names `screen`.
      const inner = keep(node.children);
      if (inner.length > 0) kept.push({ ...node, children: inner, return: '' });
    }
  }
  return kept;
}

const filtered = new Map();

function readBackOnly(css) {
  let out = filtered.get(css);
  if (out === undefined) {
    out = serialize(keep(compile(css)), stringify);
    filtered.set(css, out);
  }
  return out;
}

module.exports = {
  ...real,
  updateCSS(css, key, option) {
    // cssinjs's own feature probes (`random-…`) read their style back: they get it whole.
    return real.updateCSS(key.startsWith('random-') ? css : readBackOnly(css), key, option);
  },
  injectCSS(css, option) {
    return real.injectCSS(readBackOnly(css), option);
  },
};
