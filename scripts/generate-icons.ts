// Renders the app icons (public/icons/*.png) from their SVG sources with Debian's Chromium, so
// the PNGs match the SVGs exactly and no image library is needed. Run after changing an SVG:
//   npx tsx scripts/generate-icons.ts
// The PNGs are committed; the build only copies public/.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS = resolve(import.meta.dirname, '../public/icons');

/** Which PNG comes from which SVG. Maskable and Apple icons are full bleed (no transparency). */
const TARGETS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg, png, size } of TARGETS) {
    const source = await readFile(join(ICONS, svg), 'base64');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="data:image/svg+xml;base64,${source}" width="${size}" height="${size}">`,
    );
    await page.waitForFunction(() => document.querySelector('img')?.complete === true);
    await page.screenshot({
      path: join(ICONS, png),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`${png} ${size}×${size} from ${svg}`);
  }
} finally {
  await browser.close();
}
