// Draws the tabBar icons (81×81 PNG, as WeChat recommends) from inline SVG with Debian's Chromium.
// Run from the repo root: node apps/miniapp/scripts/tabbar-icons.cjs
const path = require('node:path');
const { chromium } = require('playwright-core');

const OUT = path.resolve(__dirname, '../src/assets/tabbar');
const COLORS = { normal: '#666666', active: '#c8161d' };
const SHAPES = {
  home: '<path d="M8 22 24 8l16 14v18H29V29H19v11H8z"/>',
  me: '<circle cx="24" cy="16" r="8"/><path d="M9 41c0-9 7-14 15-14s15 5 15 14"/>',
};

function svg(shape, color) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="81" height="81" fill="none"
    stroke="${color}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 81, height: 81 } });
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const [state, color] of Object.entries(COLORS)) {
      await page.setContent(`<body style="margin:0;background:transparent">${svg(shape, color)}</body>`);
      const file = path.join(OUT, state === 'active' ? `${name}-active.png` : `${name}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(file);
    }
  }
  await browser.close();
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
