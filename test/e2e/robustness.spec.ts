import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { savedSimulation } from '../fixtures/saved-simulation.ts';
import { amountOutput, expect, fillField, test } from './fixtures.ts';

/**
 * Links, stored values and tabs that once blanked the page or lost a simulation. Every test runs
 * under the fixtures' guard: no page error, no console error.
 */

async function expectFormShown(page: Page) {
  await expect(page.getByRole('form', { name: 'Données de la simulation' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Date de début d'exécution/ })).toBeVisible();
}

async function expectNoHorizontalOverflow(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
}

const LONG = 'x'.repeat(3000);
const HOSTILE_LINKS = [
  '/?foo=1&foo=1',
  '/?integration=1&foo=1&foo=1',
  '/?debut=x&debut=x&debut=x',
  '/?constructor=1',
  '/?__proto__=1',
  '/?toString=1&hasOwnProperty=2&valueOf=3',
  '/?debut=9999-12-31&type=cdi',
  '/?debut=2024-09-02&type=cdi&depot=9999-12-31',
  '/?debut=1899-12-31&type=cdd&fin=9999-12-31',
  '/?suspensions=9999-01-01_9999-12-31&debut=2024-09-02&type=cdi',
  `/?debut=${LONG}`,
  `/?${LONG}=1`,
  `/?couleur=${LONG}&integration=1`,
  '/?%E0%A4%A=1&debut=%FF',
  '/?debut=2024-09-02&type=cdi&heures=1e308&temps-plein=-1',
  '/?sans-remuneration=1,1,1&certification=RNCP' + '9'.repeat(50),
  '/?&&&=&==&debut',
];

test.describe('hostile links on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const link of HOSTILE_LINKS) {
    test(`${link.slice(0, 70)} shows the form, no page error, no sideways scroll`, async ({ page }) => {
      await page.goto(link);
      await expectFormShown(page);
      await expect(page.getByRole('heading', { name: 'Estimation', level: 2 })).toBeAttached();
      await expect(page.getByRole('region', { name: "Résumé de l'estimation" })).toBeVisible();
      await expectNoHorizontalOverflow(page);
    });
  }

  test('a start in 9999 says which years are accepted', async ({ page }) => {
    await page.goto('/?debut=9999-12-31&type=cdi');
    await expect(
      page.getByText(
        /« 9999-12-31 » du paramètre « debut » n'est pas valide \(attendu : date AAAA-MM-JJ des années 1900 à 2100\)/,
      ),
    ).toBeVisible();
    await fillField(page, /Date de début d'exécution/, '01/01/2101');
    await page.getByRole('textbox', { name: /Date de début d'exécution/ }).press('Tab');
    await expect(page.getByRole('textbox', { name: /Date de début d'exécution/ })).toHaveAccessibleDescription(
      /Saisissez une date des années 1900 à 2100\./,
    );
    await expect(amountOutput(page)).toHaveText('—');
  });

  test('newsletter tracking parameters are ignored without a notice', async ({ page }) => {
    await page.goto(
      '/?debut=2026-09-01&type=cdi&utm_source=lettre&utm_campaign=rentree&fbclid=abc&gclid=x&mtm_source=y&pk_campaign=z&xtor=EREC-1',
    );
    await expect(amountOutput(page)).toHaveText('6\u202f000\u00a0€');
    await expect(page.getByText(/paramètre .* inconnu/)).toHaveCount(0);
  });
});

const WORKSPACE_KEY = 'aide-contrat-pro:simulations';
const entry = savedSimulation;

/**
 * Puts values in this origin's storage before the app first reads it, once per tab (a reload keeps
 * what the app wrote); `fill` then takes up the rest of the origin's storage quota.
 */
async function seedStorage(page: Page, values: Record<string, string>, { fill = false } = {}) {
  await page.addInitScript(
    ({ seed, fillQuota }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.clear();
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
      if (!fillQuota) return;
      let size = 1 << 20;
      for (let index = 0; size > 8; index++) {
        try {
          localStorage.setItem(`remplissage-${index}`, 'x'.repeat(size));
        } catch {
          size >>= 1;
        }
      }
    },
    { seed: values, fillQuota: fill },
  );
}

test.describe('stored values', () => {
  test('entries that pass a first look but cannot be shown are set aside; the others stay usable and deletable', async ({
    page,
  }) => {
    await seedStorage(page, {
      [WORKSPACE_KEY]: JSON.stringify({
        version: 2,
        employers: {},
        simulations: [
          entry('sim-good', 'Bonne'),
          entry('sim-date', 'Date impossible', { savedAt: '2024-02-30T00:00:00Z' }),
          entry('sim-proto', 'Paramètre constructor', { parameters: 'constructor=1' }),
          entry('sim-far', 'Début en 9999', { parameters: 'debut=9999-12-31&type=cdi' }),
          entry('sim-good', 'Même identifiant'),
        ],
      }),
    });
    await page.goto('/#mes-simulations');
    await expect(page.getByText('2 simulations illisibles ont été mises de côté (elles ne sont pas effacées).')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByRole('heading', { name: 'Paramètre constructor', level: 3 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Début en 9999', level: 3 })).toBeVisible();
    await page.getByRole('button', { name: 'Supprimer Début en 9999' }).click();
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.reload();
    await expect(page.getByRole('article')).toHaveCount(2);
    // What was set aside is kept, and can be downloaded.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Les télécharger' }).click();
    const copies = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { text: string }[];
    expect(copies.map((copy) => JSON.parse(copy.text).map((item: { name: string }) => item.name)).flat()).toEqual([
      'Date impossible',
      'Même identifiant',
    ]);
  });

  test('an unreadable list with a damaged earlier copy is still set aside before anything is saved', async ({ page }) => {
    await seedStorage(page, { 'aide-contrat-pro:mises-de-cote': '{pas du json', [WORKSPACE_KEY]: '{illisible' });
    await page.goto('/#mes-simulations');
    await expect(page.getByText(/illisibles : elles ont été mises de côté, pas effacées/)).toBeVisible();
    const copies = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('aide-contrat-pro:mises-de-cote'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(copies).toContain('{pas du json');
    expect(copies).toContain(JSON.stringify(['{illisible']));
  });

  test('when storage is too full to copy unreadable entries aside, nothing overwrites them', async ({ page }) => {
    const stored = JSON.stringify({ version: 2, employers: {}, simulations: [entry('sim-good', 'Bonne'), { id: 'x' }] });
    await seedStorage(page, { [WORKSPACE_KEY]: stored }, { fill: true });
    await page.goto('/?debut=2026-09-01&type=cdi#mes-simulations');
    await expect(page.getByText(/^1 élément illisible n'a pas pu être mis de côté/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Télécharger les données illisibles' })).toBeVisible();
    await page.getByRole('link', { name: 'Simulateur' }).click();
    await page.getByRole('button', { name: 'Enregistrer dans Mes simulations…' }).click();
    await fillField(page, 'Nom de la simulation', 'Nouvelle');
    await page.getByRole('button', { name: 'Enregistrer la simulation' }).click();
    await expect(page.getByText(/Rien n'a été enregistré : des données illisibles/)).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY)).toBe(stored);
  });

  test('an unreadable draft is set aside with a message, not dropped silently', async ({ page }) => {
    await seedStorage(page, { 'aide-contrat-pro:brouillon': '{"version":1,"parameters":' });
    await page.goto('/');
    await expect(
      page.getByText(/La saisie gardée dans ce navigateur était illisible : elle a été mise de côté, pas effacée/),
    ).toBeVisible();
    const copies = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.includes('mises-de-cote:brouillon'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(copies).toEqual(['{"version":1,"parameters":']);
  });
});

test('two tabs each saving a simulation: neither is lost', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/?debut=2026-09-01&type=cdi');
  await second.goto('/?debut=2026-10-01&type=cdi#mes-simulations');
  await expect(second.getByText('Aucune simulation enregistrée.', { exact: false })).toBeVisible();
  for (const [page, name] of [
    [first, 'Onglet 1'],
    [second, 'Onglet 2'],
  ] as const) {
    // A person works in the tab in front; the other one is in the background.
    await page.bringToFront();
    if (page === second) await page.getByRole('link', { name: 'Simulateur' }).click();
    await page.getByRole('button', { name: 'Enregistrer dans Mes simulations…' }).click();
    await fillField(page, 'Nom de la simulation', name);
    await page.getByRole('button', { name: 'Enregistrer la simulation' }).click();
    await expect(page.getByText(`Simulation « ${name} » enregistrée dans Mes simulations.`)).toBeVisible();
  }
  // The first tab's list follows the second tab's save, without a reload.
  await first.bringToFront();
  await first.getByRole('link', { name: 'Mes simulations' }).click();
  await expect(first.getByRole('article')).toHaveCount(2);
  await second.bringToFront();
  await second.getByRole('link', { name: 'Mes simulations' }).click();
  await expect(second.getByRole('article')).toHaveCount(2);
  await first.bringToFront();
  // A deletion in one tab shows in the other.
  await first.getByRole('button', { name: 'Supprimer Onglet 2' }).click();
  await expect(second.getByRole('article')).toHaveCount(1);
  await expect(second.getByRole('heading', { name: 'Onglet 1', level: 3 })).toBeVisible();
});
