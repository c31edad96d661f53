// npm run icons: renders the app's icons (scripts/icons/*.svg) to the PNG files of public/, with
// Debian's Chromium. PNG rather than SVG on the page: each SVG image is a document of its own,
// laid out on the main thread while the page loads.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { toPalettePng } from './png-palette.ts';

// Two colours and their blends: a 16-colour palette keeps them small (the favicon is part of the
// 50 KB first load; the manifest's icons are fetched when the browser checks installability).
const ICONS = [
  { source: 'icon.svg', size: 32, output: 'favicon.png' },
  { source: 'icon.svg', size: 192, output: 'icon-192.png' },
  { source: 'icon-maskable.svg', size: 512, output: 'icon-maskable.png' },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  for (const { source, size, output } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(new URL(`./icons/${source}`, import.meta.url), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>body { margin: 0 }</style>${svg}`);
    const png = await page.screenshot({ omitBackground: true });
    await page.close();
    const file = toPalettePng(png);
    writeFileSync(new URL(`../public/${output}`, import.meta.url), file);
    console.log(`public/${output} (${size}×${size}, ${file.length} bytes)`);
  }
} finally {
  await browser.close();
}
