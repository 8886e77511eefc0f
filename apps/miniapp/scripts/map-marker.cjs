// Draws the map marker of the centers' map (96×120 PNG, shown at 32×40) from inline SVG with
// Debian's Chromium. Run from the repo root: node apps/miniapp/scripts/map-marker.cjs
// The PNG stays above Taro's 2 KB inline limit, so the weapp build emits it as a file in the
// centers sub-package: WeChat's map takes a marker icon by path, not as a data URL.
const path = require('node:path');
const { chromium } = require('playwright-core');

const OUT = path.resolve(__dirname, '../src/packages/centers/assets/marker.png');
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 60" width="96" height="120">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#e0443e"/><stop offset="1" stop-color="#a80f15"/>
    </linearGradient>
  </defs>
  <ellipse cx="24" cy="56" rx="9" ry="2.6" fill="rgba(0,0,0,0.22)"/>
  <path d="M24 2C13 2 5 10.3 5 20.6 5 34.5 24 55 24 55s19-20.5 19-34.4C43 10.3 35 2 24 2z"
    fill="url(#g)" stroke="#ffffff" stroke-width="2.4"/>
  <circle cx="24" cy="20.5" r="8.5" fill="#ffffff"/>
  <path d="M24 14.5l1.9 3.9 4.3.6-3.1 3 .7 4.3-3.8-2-3.8 2 .7-4.3-3.1-3 4.3-.6z" fill="#c8161d"/>
</svg>`;

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 96, height: 120 } });
  await page.setContent(`<body style="margin:0;background:transparent">${SVG}</body>`);
  await page.locator('svg').screenshot({ path: OUT, omitBackground: true });
  console.log(OUT);
  await browser.close();
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
