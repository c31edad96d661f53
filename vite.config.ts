import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compactCatalogue } from './src/catalog/compact.ts';
import { CONTENT_SECURITY_POLICY } from './src/embed/security.ts';

const CATALOGUE_JSON = fileURLToPath(new URL('./data/certifications.json', import.meta.url));
const EXPAND_MODULE = fileURLToPath(new URL('./src/catalog/compact.ts', import.meta.url));
const COMPACT_ID = '\0compact-catalogue';

/**
 * Ships data/certifications.json to browsers in its compact form (see src/catalog/compact.ts), so
 * that the catalogue chunk, loaded when first needed, stays small. Node scripts (npm run data,
 * bench) read the JSON itself.
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

/**
 * Offline use (Workbox, through vite-plugin-pwa): a service worker that precaches every built file
 * and the public files the app needs, each with a revision (content hash), so that any changed
 * file, icons and manifest included, makes a new worker. The app registers it itself
 * (src/offline/register.svelte.ts: after the first visit has loaded, never in embed mode), and a
 * new version waits until the page asks it to take over (SKIP_WAITING), when the user accepts to
 * reload. Every address of the app (with its simulation parameters) is the same page.
 */
const offlinePlugin = () =>
  VitePWA({
    strategies: 'generateSW',
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    filename: 'sw.js',
    workbox: {
      cacheId: 'aide-contrat-pro',
      globPatterns: ['**/*.{js,css,html,png,webmanifest}'],
      // embed.js is for other sites' pages; the worker itself is not precached.
      globIgnores: ['embed.js', 'sw.js'],
      navigateFallback: 'index.html',
      // Hashed file names need no cache-busting query.
      dontCacheBustURLsMatching: /^assets\//,
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });

/** The local page the browser tests embed the simulator from (another origin: another port). */
export const TEST_HOST_ORIGINS = ['http://127.0.0.1:4174', 'http://localhost:4174'];

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

export default defineConfig({
  plugins: [compactCataloguePlugin(), contentSecurityPolicyPlugin(), offlinePlugin(), svelte(), svelteTesting()],
  // npm start serves the built app with the headers the README asks hosts to send.
  preview: {
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self' ${TEST_HOST_ORIGINS.join(' ')}`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  // The portfolio's worker (src/state/portfolio.worker.ts): an ES module, built with the compact
  // annex but without the page's other plugins (the offline plugin would make it a service worker).
  worker: { format: 'es', plugins: () => [compactCataloguePlugin()] },
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
          // Two groups, else the rules split into many small files, each one more request and its
          // own compression overhead. 'rules': what the first screen needs (dates, formats, the
          // regulation's figures, the form's helpers, zod for the link and draft schemas). 'engine':
          // simulate and what only it uses, loaded when a simulation can first be computed
          // (SimulationState.engine): 7 KB gzip less on an empty first visit.
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'rules',
              test: /\/src\/rules\/(basics|dates|format|parameters|clauses|siret|privacy|lazy-schema|versions|month-labels)\.ts$|\/src\/state\/form\.ts$|\/node_modules\/zod\//,
            },
            { name: 'engine', test: /\/src\/rules\/(index|simulate|eligibility|input|months|steps|hypotheses)\.ts$/ },
          ],
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
