import { describe, expect, it } from 'vitest';
import { buildCalendar, utcStamp } from '../../src/state/ics.ts';

const BASE = {
  applicationDeadline: '2024-12-02',
  paymentDate: '2025-07-01',
  paymentRequestDeadline: '2025-10-01',
  shareLink: 'https://example.org/?debut=2024-09-02&type=cdd&fin=2025-07-01',
  simulationKey: '202412025000',
  stamp: utcStamp(new Date(Date.UTC(2024, 8, 1, 10, 30, 0))),
};

function unfold(text: string): string {
  return text.replace(/\r\n /g, '');
}

describe('buildCalendar (RFC 5545)', () => {
  it('has one all-day VEVENT per deadline with the right dates', () => {
    const text = buildCalendar(BASE);
    const lines = unfold(text).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
    // Application deadline: one day, DTEND exclusive.
    expect(lines).toContain('DTSTART;VALUE=DATE:20241202');
    expect(lines).toContain('DTEND;VALUE=DATE:20241203');
    // Payment request window: from the end of the aided period to the last day to ask, inclusive.
    expect(lines).toContain('DTSTART;VALUE=DATE:20250701');
    expect(lines).toContain('DTEND;VALUE=DATE:20251002');
    expect(lines).toContain('DTSTAMP:20240901T103000Z');
    expect(lines.filter((line) => line.startsWith('UID:'))).toEqual([
      'UID:depot-202412025000@aide-contrat-pro',
      'UID:paiement-202412025000@aide-contrat-pro',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('uses CRLF, folds lines at 75 octets and escapes commas and semicolons', () => {
    const text = buildCalendar(BASE);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(text)).toContain('DESCRIPTION:La demande doit être déposée au plus tard le 02/12/2024\\, 3 mois');
  });

  it('has no payment event when nothing is due', () => {
    const text = buildCalendar({ ...BASE, paymentDate: null, paymentRequestDeadline: null });
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
