// npm run size: gzip size of every built file, and of the first load, which must stay within
// 50 KB. The first load is read from Vite's build manifest (dist/.vite/manifest.json): the entry
// (index.html), its script, the chunks it imports statically, transitively, and their CSS; plus
// index.html itself and the public files its <link> tags name (favicon, web app manifest).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET = 50 * 1024;
const gzipSize = (path) => gzipSync(readFileSync(path)).length;
const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== '.vite') walk(path);
    } else files.push(path);
  }
};
walk(DIST);

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) throw new Error('No entry in the build manifest');
const firstLoad = new Set([join(DIST, 'index.html')]);
const visit = (chunk) => {
  for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) firstLoad.add(join(DIST, file));
  for (const key of chunk.imports ?? []) {
    const imported = manifest[key];
    if (imported && !firstLoad.has(join(DIST, imported.file))) visit(imported);
  }
};
visit(entry);
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="\/?([^"]+)"/g)) {
  if (files.includes(join(DIST, href))) firstLoad.add(join(DIST, href));
}

let total = 0;
console.log('gzip size   first load   file');
for (const file of files.sort()) {
  const size = gzipSize(file);
  const inFirstLoad = firstLoad.has(file);
  if (inFirstLoad) total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(8)} KB   ${inFirstLoad ? 'yes' : 'lazy'}         ${relative(DIST, file)}`);
}
console.log(`First load: ${(total / 1024).toFixed(2)} KB gzip (budget ${BUDGET / 1024} KB)`);
if (total > BUDGET) {
  console.error(`Over budget by ${((total - BUDGET) / 1024).toFixed(2)} KB.`);
  process.exit(1);
}
