// Renders images/icon.svg to images/icon.png (128x128, transparent corners) with headless Chromium.
// Usage: node scripts/render-icon.mjs   (needs /usr/bin/chromium, or CHROMIUM=/path/to/chrome)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const svg = readFileSync(new URL('images/icon.svg', root), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(new URL('images/icon.png', root), png);
  console.log(`images/icon.png: ${png.length} bytes`);
} finally {
  await browser.close();
}
