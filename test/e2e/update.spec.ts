import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, UPDATE_ORIGIN } from './fixtures.ts';

/**
 * A new version deployed while several tabs are open: version A is built, version B is the same
 * build with every hashed file renamed (as a new annex or a code change would), so that A's lazily
 * loaded files are gone from the server once B is deployed. One server on its own port serves A,
 * then B.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

let folder = '';
let deployed = '';
let server: Server;

function filesOf(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/**
 * Version B: every content-hashed file renamed and every reference to it rewritten, and the
 * worker's revisions of the other files updated to their new content, as a real build would.
 */
function makeVersionB(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const hashed = readdirSync(join(to, 'assets')).map((name) => name.replace(/\.[a-z]+$/, ''));
  for (const file of filesOf(to)) {
    if (!/\.(js|css|html)$/.test(file)) continue;
    let text = readFileSync(file, 'utf8');
    for (const stem of hashed) text = text.replaceAll(stem, `${stem}-b`);
    writeFileSync(file, text);
  }
  const worker = join(to, 'sw.js');
  writeFileSync(
    worker,
    readFileSync(worker, 'utf8').replace(/url:"([^"]+)",revision:"[0-9a-f]+"/g, (_, url: string) => {
      const revision = createHash('md5')
        .update(readFileSync(join(to, url)))
        .digest('hex');
      return `url:"${url}",revision:"${revision}"`;
    }),
  );
  for (const name of readdirSync(join(to, 'assets'))) {
    const renamed = name.replace(/(\.[a-z]+)$/, '-b$1');
    cpSync(join(to, 'assets', name), join(to, 'assets', renamed));
    rmSync(join(to, 'assets', name));
  }
}

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'update-'));
  execFileSync('npx', ['vite', 'build', '--outDir', join(folder, 'a'), '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  makeVersionB(join(folder, 'a'), join(folder, 'b'));
  deployed = join(folder, 'a');
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', UPDATE_ORIGIN).pathname;
    const file = normalize(join(deployed, path === '/' ? 'index.html' : path));
    let body: Buffer;
    try {
      if (!file.startsWith(deployed)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('introuvable');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    response.end(body);
  });
  return new Promise<void>((resolve) => server.listen(Number(new URL(UPDATE_ORIGIN).port), '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

/** The entry script this page runs: A's name, or B's with its "-b" ('loading' while it reloads). */
const runningVersion = (page: Page) =>
  page
    .evaluate(() =>
      (document.querySelector('script[type="module"]') as HTMLScriptElement | null)?.src.includes('-b.js') ? 'B' : 'A',
    )
    .catch(() => 'loading');

async function openUnderWorker(page: Page) {
  await page.goto(`${UPDATE_ORIGIN}/?debut=2026-09-01&type=cdi`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one tab accepts a new version, every open tab ends on it, and none fails to load a page', async ({ context }) => {
  const [first, second, third] = [await context.newPage(), await context.newPage(), await context.newPage()];
  await openUnderWorker(first);
  for (const page of [second, third]) await openUnderWorker(page);

  deployed = join(folder, 'b');
  await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  for (const page of [first, second, third]) {
    await expect(page.getByText('Une nouvelle version du simulateur est disponible')).toBeVisible();
  }

  // The first tab accepts: it reloads into B.
  await first.getByRole('button', { name: 'Recharger la page' }).click();
  await expect.poll(() => runningVersion(first)).toBe('B');
  await expect(first.getByRole('form', { name: 'Données de la simulation' })).toBeVisible();

  // The second tab is told what happened, and its button reloads it (it used to wait forever).
  await expect(second.getByText('Le simulateur a été mis à jour dans un autre onglet', { exact: false })).toBeVisible();
  expect(await runningVersion(second)).toBe('A');
  await second.getByRole('button', { name: 'Recharger la page' }).click();
  await expect.poll(() => runningVersion(second)).toBe('B');

  // The third tab goes to the list of certifications, whose A files are gone: it reloads into B
  // on that page instead of failing.
  await expect(third.getByText('Le simulateur a été mis à jour dans un autre onglet', { exact: false })).toBeVisible();
  await third.getByRole('link', { name: 'Formations éligibles' }).click();
  await expect(third.getByText('425 certifications éligibles')).toBeVisible();
  expect(await runningVersion(third)).toBe('B');
  // What was typed is still there.
  await third.getByRole('link', { name: 'Simulateur' }).click();
  await expect(third.getByLabel(/Date de début d'exécution/)).toHaveValue('01/09/2026');
});
