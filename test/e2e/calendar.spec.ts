import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { amountOutput, expect, test } from './fixtures.ts';

/** Issue 14 §7: two contracts never share calendar events, and re-exporting one updates its own. */
const BASE = '&type=cdi&certification=RNCP34095&objet=certification&siret=73282932000074';

async function exportCalendar(page: Page, address: string): Promise<{ name: string; text: string }> {
  await page.goto(address);
  await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
  // The title of the certification comes with the list, which arrives after the amount.
  await expect(page.getByText(/figure dans la liste des formations prioritaires/).first()).toBeAttached();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ajouter les échéances à mon agenda' }).click();
  const file = await download;
  await expect(page.getByText(/Échéances téléchargées/)).toBeVisible();
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8').replace(/\r\n /g, '') };
}

const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]!.trim());

test('each contract gets its own events and file; the same contract keeps its events', async ({ page }) => {
  const first = await exportCalendar(page, `/?debut=2026-10-01${BASE}&demande-deposee=non`);
  const second = await exportCalendar(page, `/?debut=2026-11-02${BASE}&demande-deposee=non`);
  // Named after the contract (cut to 80 characters, a hash of the whole label keeping it unique).
  expect(first.name).toMatch(/^aide-contrat-pro-titre-professionnel-tp-cuisinier-[a-z0-9-]+-2026-10-01\.ics$/);
  expect(second.name).not.toBe(first.name);
  expect(uids(first.text)).toHaveLength(3);
  expect(uids(second.text).filter((uid) => uids(first.text).includes(uid))).toEqual([]);

  // Request deadline (1 January 2027) and payment request (opens 30 September 2027, closes 30 December 2027).
  expect(first.text).toContain('DTSTART;VALUE=DATE:20270101');
  expect(first.text).toContain('DTSTART;VALUE=DATE:20270930');
  expect(first.text).toContain('DTSTART;VALUE=DATE:20271230');
  expect(first.text).toMatch(/SUMMARY:Date limite : dépôt de la demande d'aide — TITRE PROFESSIONNEL \(TP\) - CUISINIER/);
  expect(first.text.match(/BEGIN:VALARM/g)).toHaveLength(4);
  expect(first.text).toContain('TRIGGER:-P13DT15H');
  expect(first.text).toContain('TRIGGER:-P2DT15H');
  // Every event lists "Vos démarches", the 10-year document keeping included.
  expect(first.text).toContain('pendant 10 ans à compter du versement');

  // Saying the request is filed updates the same contract's events: the same UIDs, the filing
  // deadline cancelled (importing the file takes it and its reminders out of the calendar).
  const filed = await exportCalendar(page, `/?debut=2026-10-01${BASE}&demande-deposee=oui&depot=2026-09-10`);
  expect(uids(filed.text)).toEqual(uids(first.text));
  expect(filed.text.match(/STATUS:CANCELLED/g)).toHaveLength(1);
  expect(filed.text.match(/BEGIN:VALARM/g)).toHaveLength(2);
  expect(filed.name).toBe(first.name);
});
