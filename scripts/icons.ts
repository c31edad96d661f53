// npm run icons: renders the app's icons (scripts/icons/*.svg) to the PNG files of public/ with
// sharp (libvips; no browser needed). PNG rather than SVG on the page: each SVG image is a
// document of its own, laid out on the main thread while the page loads. Two colours and their
// blends: a 16-colour palette keeps them small (the favicon is part of the 50 KB first load; the
// manifest's icons are fetched when the browser checks installability).
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

// At 32 px, four colours (the two and two blends) draw the same favicon in 197 bytes, not 298.
const ICONS = [
  { source: 'icon.svg', size: 32, colours: 4, output: 'favicon.png' },
  { source: 'icon.svg', size: 192, colours: 16, output: 'icon-192.png' },
  { source: 'icon-maskable.svg', size: 512, colours: 16, output: 'icon-maskable.png' },
];

for (const { source, size, colours, output } of ICONS) {
  const svg = readFileSync(new URL(`./icons/${source}`, import.meta.url));
  const { size: bytes } = await sharp(svg, { density: 300 })
    .resize(size, size)
    .png({ palette: true, colours, compressionLevel: 9, effort: 10 })
    .toFile(new URL(`../public/${output}`, import.meta.url).pathname);
  console.log(`public/${output} (${size}×${size}, ${bytes} bytes)`);
}
