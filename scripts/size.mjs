// npm run size: gzip size of every built file, and of the first load (index.html, the files it
// references, and the chunks those import statically), which must stay within 50 KB.
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
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(DIST);

// First load: what index.html references, then static imports of those chunks, transitively.
const firstLoad = new Set([join(DIST, 'index.html')]);
const queue = [join(DIST, 'index.html')];
while (queue.length) {
  const file = queue.pop();
  const text = readFileSync(file, 'utf8');
  const references = file.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css|svg|png|json|webmanifest))"/g)].map((match) => join(DIST, match[1]))
    : [...text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)].map((match) => join(DIST, 'assets', match[1]));
  for (const reference of references) {
    if (!firstLoad.has(reference) && files.includes(reference)) {
      firstLoad.add(reference);
      queue.push(reference);
    }
  }
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
