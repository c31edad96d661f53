import { describe, expect, it } from 'vitest';
import { accessibleAccent, contrastWithWhite, readEmbedSettings } from '../../src/embed/mode.ts';

describe('readEmbedSettings', () => {
  it('turns embed mode on with integration=1 only', () => {
    expect(readEmbedSettings('?integration=1').embedded).toBe(true);
    expect(readEmbedSettings('?debut=2026-09-01').embedded).toBe(false);
    const wrong = readEmbedSettings('?integration=oui');
    expect(wrong.embedded).toBe(false);
    expect(wrong.notices[0]).toContain('« integration »');
  });

  it('keeps an accent colour that already has AA contrast with white', () => {
    expect(readEmbedSettings('?couleur=00607a').accent).toBe('#00607a');
    expect(readEmbedSettings('?couleur=%23000').accent).toBe('#000000');
  });

  it('darkens a pale accent until white text on it reaches 4.5:1', () => {
    const accent = readEmbedSettings('?couleur=ffcc00').accent!;
    expect(accent).not.toBe('#ffcc00');
    expect(contrastWithWhite(accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite(accessibleAccent('ffffff'))).toBeGreaterThanOrEqual(4.5);
  });

  it('ignores a value that is not a hex colour, with a notice', () => {
    const settings = readEmbedSettings('?couleur=red;background:url(x)');
    expect(settings.accent).toBeNull();
    expect(settings.notices[0]).toContain('« couleur »');
  });
});
