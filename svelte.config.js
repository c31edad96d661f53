import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte` version marker: a few bytes less in the first load (50 KB budget), and
  // nothing about the app's internals announced to the host page of an embed.
  compilerOptions: { discloseVersion: false },
};
