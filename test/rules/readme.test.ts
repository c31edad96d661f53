import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HYPOTHESES } from '../../src/rules/index.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(HYPOTHESES.map((hypothesis) => [hypothesis.id, hypothesis.text]))(
    'states the interpretation %s as the app does',
    (_, text) => {
      expect(README).toContain(text);
    },
  );

  it('keeps the two quick-start commands', () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
  });
});

describe('README deep-link table', () => {
  it('documents exactly the URL parameters the simulator reads and writes, in their order', async () => {
    const { URL_PARAMETERS } = await import('../../src/state/url.ts');
    const table = README.slice(README.indexOf('| Paramètre | Valeur | Exemple |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    const documented = rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1]);
    expect(documented).toEqual(Object.keys(URL_PARAMETERS));
  });
});

describe('README embed section', () => {
  it('gives the snippet, the message protocol and the headers hosts must send', async () => {
    expect(README).toContain(
      '<script src="https://<adresse du simulateur>/embed.js" data-certification="RNCP37443" async></script>',
    );
    expect(README).toContain("{ source: 'aide-contrat-pro', kind: 'resize-height', value: <hauteur en px> }");
    const { CONTENT_SECURITY_POLICY } = await import('../../src/embed/security.ts');
    expect(README).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors`);
    expect(README).toContain('X-Content-Type-Options: nosniff');
    expect(README).toContain('Referrer-Policy: no-referrer');
  });
});
