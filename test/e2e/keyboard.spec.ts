import type { Page } from '@playwright/test';
import { amountOutput, expect, test } from './fixtures.ts';

/** Presses Tab until the focused element matches, failing if it takes too long (a trap or a missing stop). */
async function tabTo(page: Page, accessibleName: RegExp, { backwards = false, max = 80 } = {}) {
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = element.getAttribute('aria-label');
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      const wrapping = element.closest('label')?.textContent;
      return (labelled ?? label ?? wrapping ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Tab never reached ${accessibleName}`);
}

async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
}

test('the whole journey works with the keyboard alone, focus always visible', async ({ page }) => {
  await page.goto('/');
  // Start once the page's last block is there (the share bar only comes once something is typed).
  await expect(page.getByText(/^Estimation indicative fondée/)).toBeVisible();
  await tabTo(page, /Aller au contenu/);
  await expectVisibleFocus(page);
  await tabTo(page, /Date de début d'exécution/);
  await expectVisibleFocus(page);
  await page.keyboard.type('01/09/2026');
  // Radio groups: Tab enters the group, arrows choose.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'CDD' })).toBeChecked();
  await expectVisibleFocus(page);
  await tabTo(page, /Date de fin prévue du CDD/);
  await page.keyboard.type('31/08/2027');
  await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');

  // The certification search: type, arrows, Enter.
  await tabTo(page, /Certification préparée/);
  // Focusing the plain stand-in field brings the search, which takes its place and the focus.
  await expect(page.getByRole('combobox', { name: 'Certification préparée' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('plaquiste');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox')).toHaveAttribute('aria-activedescendant', 'certification-option-0');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Titre professionnel — Plaquiste/)).toBeVisible();
  await page.keyboard.press('Escape');

  // Mark month 2 as unpaid from the timeline with Space.
  await tabTo(page, /Mois 2 sans rémunération/);
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(amountOutput(page)).toHaveText('5\u202f500\u00a0€');

  // Shift+Tab goes back without getting stuck, then forward to the actions.
  await tabTo(page, /Mois 1 sans rémunération/, { backwards: true });
  await tabTo(page, /Copier le lien/);
  await expectVisibleFocus(page);
  await tabTo(page, /Recommencer/);
  await expectVisibleFocus(page);

  // The catalogue page from the navigation, with Enter.
  await tabTo(page, /Formations éligibles/, { backwards: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Formations éligibles', level: 2 })).toBeVisible();
  await tabTo(page, /Rechercher une certification/);
  await page.keyboard.type('boulanger');
  await expect(page.getByText('1 certification éligible')).toBeVisible();
  await tabTo(page, /Simuler avec cette certification/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Certification préparée' })).toBeFocused();
  await expect(page.getByText(/CAP — Boulanger/)).toBeVisible();
});
