import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HYPOTHESES } from '../../src/rules/index.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(HYPOTHESES.map((hypothesis) => [hypothesis.id, hypothesis.text]))('states the interpretation %s as the app does', (_, text) => {
    expect(README).toContain(text);
  });

  it('keeps the two quick-start commands', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
  });
});

describe('README deep-link table', () => {
  it('documents every URL parameter the simulator reads', async () => {
    const { URL_PARAMETERS } = await import('../../src/state/url.ts');
    for (const name of Object.keys(URL_PARAMETERS)) expect(README).toContain(`| \`${name}\` |`);
  });
});
