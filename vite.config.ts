import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compactCatalogue } from './src/catalog/compact.ts';
import { CONTENT_SECURITY_POLICY } from './src/embed/security.ts';

const CATALOGUE_JSON = fileURLToPath(new URL('./data/certifications.json', import.meta.url));
const EXPAND_MODULE = fileURLToPath(new URL('./src/catalog/compact.ts', import.meta.url));
const COMPACT_ID = '\0compact-catalogue';

/**
 * Ships data/certifications.json to browsers in its compact form (see src/catalog/compact.ts):
 * the first load must stay under 50 KB gzip. Node scripts (npm run data, bench) read the JSON itself.
 */
function compactCataloguePlugin(): Plugin {
  return {
    name: 'compact-catalogue',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('certifications.json') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === CATALOGUE_JSON ? COMPACT_ID : null;
    },
    load(id) {
      if (id !== COMPACT_ID) return null;
      this.addWatchFile(CATALOGUE_JSON);
      const compact = compactCatalogue(JSON.parse(readFileSync(CATALOGUE_JSON, 'utf8')));
      return `import { expandCatalogue } from ${JSON.stringify(EXPAND_MODULE)};\nexport default expandCatalogue(${JSON.stringify(compact)});\n`;
    },
  };
}

/** Files of public/ that the offline app needs (embed.js and robots.txt serve other sites). */
const PRECACHED_PUBLIC_FILES = ['favicon.png', 'icon-192.png', 'icon-maskable.png', 'manifest.webmanifest'];

/**
 * Emits sw.js: a small service worker that precaches every built file, so that after one visit
 * the simulator, the catalogue and the saved simulations work without network. Its cache name
 * is a hash of the file list (file names carry content hashes): a new deployment installs a new
 * worker, which waits until the page asks it to take over (the app offers a reload).
 */
function serviceWorkerPlugin(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    // After Vite's own HTML plugin, so that index.html is in the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      if (!bundle['index.html']) this.error('index.html is missing from the bundle: the offline app would not start');
      const files = [...Object.keys(bundle).filter((file) => !file.endsWith('.map') && !file.startsWith('.vite/')), ...PRECACHED_PUBLIC_FILES].sort();
      const indexHtml = bundle['index.html'];
      const fingerprint = createHash('sha256')
        .update(files.join('\n'))
        .update(indexHtml && indexHtml.type === 'asset' ? String(indexHtml.source) : '')
        .digest('hex')
        .slice(0, 16);
      const template = readFileSync(fileURLToPath(new URL('./src/offline/sw-template.js', import.meta.url)), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace('__CACHE_NAME__', `aide-contrat-pro-${fingerprint}`).replace('__PRECACHE__', JSON.stringify(files.map((file) => `./${file}`))),
      });
    },
  };
}

/** The local page the browser tests embed the simulator from (another origin: another port). */
export const TEST_HOST_ORIGINS = ['http://127.0.0.1:4174', 'http://localhost:4174'];

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

export default defineConfig({
  plugins: [compactCataloguePlugin(), contentSecurityPolicyPlugin(), serviceWorkerPlugin(), svelte(), svelteTesting()],
  // npm start serves the built app with the headers the README asks hosts to send.
  preview: {
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self' ${TEST_HOST_ORIGINS.join(' ')}`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  build: {
    target: 'es2022',
    // The whole first load must stay under 50 KB gzip: no source maps shipped. The manifest (in
    // dist/.vite, not served to browsers) tells npm run size which files the first load is.
    sourcemap: false,
    manifest: true,
    // Every browser the app supports knows <link rel="modulepreload">: no polyfill to run first.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The engine and the form's helpers in one chunk: the page and several lazy chunks share
          // them, and left alone they split into three small files, each one more request before
          // the first render and its own compression overhead in the first-load budget (0.65 KB
          // less gzip in all). hypotheses.ts only serves the lazily loaded hypotheses list; without
          // includeDependenciesRecursively: false the group would still pull it in.
          includeDependenciesRecursively: false,
          groups: [{ name: 'rules', test: /\/src\/rules\/(?!hypotheses)|\/src\/state\/form\.ts$|\/node_modules\/zod\// }],
        },
      },
    },
  },
  test: {
    // A limit for a test that hangs, not a speed requirement (benchmarks measure speed): typing
    // into the whole form takes a few seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/components/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['test/components/**/*.test.ts'],
          setupFiles: ['test/components/setup.ts'],
        },
      },
    ],
  },
});
