import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compactCatalogue } from './src/catalog/compact.ts';

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

export default defineConfig({
  plugins: [compactCataloguePlugin(), svelte(), svelteTesting()],
  build: {
    target: 'es2022',
    // The whole first load must stay under 50 KB gzip: no source maps shipped.
    sourcemap: false,
  },
  test: {
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
