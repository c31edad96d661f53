import { shortEcho } from '../state/url.ts';

/**
 * Embed mode, from the URL: `integration=1` drops the site's header and footer and tightens
 * spacing; `couleur=` sets the accent colour (hex), darkened when needed to keep WCAG AA contrast
 * (4.5:1) for white text on it and for it as text on white.
 */
export interface EmbedSettings {
  embedded: boolean;
  /** '#rrggbb' to use as accent, or null for the default. */
  accent: string | null;
  notices: string[];
  /** Advisers' "Portefeuille" page in embed mode: only when the host asks (`portefeuille=1`). */
  portfolio: boolean;
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const AA_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const digits = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((offset) => parseInt(digits.slice(offset, offset + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(channels(hex.replace('#', ''))) + 0.05);
}

/** The colour itself when it has AA contrast with white, else the nearest darker shade that has. */
export function accessibleAccent(hex: string): string {
  let rgb: number[] = channels(hex.replace('#', ''));
  while (1.05 / (luminance(rgb) + 0.05) < AA_CONTRAST) rgb = rgb.map((channel) => channel * 0.95);
  return toHex(rgb);
}

export function readEmbedSettings(search: string): EmbedSettings {
  const params = new URLSearchParams(search);
  const embedded = params.get('integration') === '1';
  const notices: string[] = [];
  let accent: string | null = null;
  const colour = params.get('couleur');
  if (colour !== null) {
    const match = HEX.exec(colour.trim());
    if (!match)
      notices.push(
        `La valeur « ${shortEcho(colour)} » du paramètre « couleur » n'est pas une couleur hexadécimale : elle a été ignorée.`,
      );
    else accent = accessibleAccent(match[1]!.toLowerCase());
  }
  if (params.has('integration') && !embedded) {
    notices.push(
      `La valeur « ${shortEcho(params.get('integration') ?? '')} » du paramètre « integration » n'est pas valide (attendu : 1) : elle a été ignorée.`,
    );
  }
  return { embedded, accent, notices, portfolio: params.get('portefeuille') === '1' };
}
