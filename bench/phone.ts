// npx tsx bench/phone.ts — the simulator on a phone (390×844 CSS px, touch), measured in Debian's
// Chromium on an already built app. Issue 14 asks how long the page is on a phone, before and after
// its changes, and how many taps it takes to reach a verdict; this script prints those figures and
// asserts nothing (benchmarks are scripts, not tests):
//   1. the document height of the empty simulator (/), once the page is idle;
//   2. the document height of a full case opened from a link, once its estimate is shown;
//   3. the same two pages embedded by embed.js in a host page (600 px of text above and below):
//      the iframe's height once its height messages have settled;
//   4. where the estimate (#amount) sits in the full case, in screens of 844 px from the top;
//   5. the taps (and scrolls) a person needs from an empty page to a verdict with every
//      condition answered, scripted with touch taps; typing into a focused field is not a tap.
//
// It builds nothing: APP_DIR (default: this repository) must hold a built dist/ and node_modules/.
// The app is served from APP_DIR by `vite preview` on port 4177, the host page on port 4178, e.g.
//   npx vite build --logLevel warn && npx tsx bench/phone.ts
//   APP_DIR=/tmp/other-worktree npx tsx bench/phone.ts
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { startPreviewServer } from '../scripts/preview-server.ts';

const APP_PORT = 4177;
const HOST_PORT = 4178;
const SCREEN = { width: 390, height: 844 };
const TODAY = new Date('2026-09-15T10:00:00');

const FULL_CASE: Record<string, string> = {
  debut: '2026-09-01',
  type: 'cdd',
  fin: '2027-08-31',
  rupture: '2027-03-10',
  heures: '24',
  'sans-remuneration': '4',
  suspensions: '2026-12-01_2027-01-15',
  certification: 'RNCP37715',
  objet: 'certification',
  'age-30-ans-ou-plus': 'non',
  'demandeur-emploi': 'oui',
  'dans-effectif-6-mois': 'non',
  departement: '44',
  siret: '73282932000074',
  cufpa: 'oui',
  'a-jour-obligations': 'oui',
  'licenciement-economique': 'non',
  depot: '2026-12-20',
};

const appDir = resolve(process.env.APP_DIR ?? fileURLToPath(new URL('..', import.meta.url)));
if (!existsSync(resolve(appDir, 'dist/index.html'))) {
  throw new Error(`${appDir}/dist/index.html is missing: build the app first (npx vite build)`);
}
// startPreviewServer runs node_modules/vite/bin/vite.js preview from the current directory.
process.chdir(appDir);

/** A partner's page: 600 px of text, the simulator inserted by embed.js, 600 px of text. */
function hostPage(appOrigin: string, parameters: Record<string, string>): string {
  const filler = (id: string) =>
    `<div id="${id}" style="height:600px;overflow:hidden">${'Texte du site partenaire qui précède ou suit le simulateur. '.repeat(40)}</div>`;
  const data = Object.entries(parameters)
    .map(([name, value]) => ` data-${name}="${value}"`)
    .join('');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Page hôte</title></head>
<body style="margin:0;font:16px/1.5 sans-serif">
  <script>
    window.heightMessages = 0;
    addEventListener('message', (event) => event.data?.kind === 'resize-height' && window.heightMessages++);
  </script>
  ${filler('before')}
  <script src="${appOrigin}/embed.js"${data} async></script>
  ${filler('after')}
</body>
</html>`;
}

/**
 * A fresh phone (a first visit each time). `framed`: the app is embedded by the host page on port
 * 4178, but its preview server lets only its test host (port 4174) frame it (frame-ancestors): for
 * these measures alone, that directive is left out of the app page's response.
 */
async function newPhone(browser: Browser, framed = false): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: SCREEN,
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    // Each measure is a first visit; the offline worker's install would only add traffic.
    serviceWorkers: 'block',
  });
  await context.clock.setFixedTime(TODAY);
  if (framed) {
    await context.route(
      (url) => url.port === String(APP_PORT) && url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        const policy = headers['content-security-policy'];
        if (policy) headers['content-security-policy'] = policy.replace(/;\s*frame-ancestors[^;]*/, '');
        await route.fulfill({ response, headers });
      },
    );
  }
  return context;
}

/** No request in flight, fonts ready, an idle period and two frames after it. */
async function idle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        document.fonts.ready.then(() =>
          requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), { timeout: 5000 }),
        ),
      ),
  );
}

/** Polls a measure until it has not changed for a second (at most 20 s), and returns it. */
async function stable(measure: () => Promise<number>): Promise<number> {
  let value = await measure();
  let since = Date.now();
  for (const started = Date.now(); Date.now() - started < 20_000 && Date.now() - since < 1000;) {
    await new Promise((wait) => setTimeout(wait, 100));
    const next = await measure();
    if (next !== value) [value, since] = [next, Date.now()];
  }
  return value;
}

const documentHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function standalone(
  browser: Browser,
  origin: string,
  search: string,
): Promise<{ height: number; amountTop: number | null }> {
  const context = await newPhone(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${search}`);
    if (search) await page.locator('#amount', { hasText: '€' }).waitFor();
    await idle(page);
    const height = await stable(() => documentHeight(page));
    const amountTop = search
      ? await page.locator('#amount').evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
      : null;
    return { height, amountTop };
  } finally {
    await context.close();
  }
}

async function embedded(browser: Browser, hostUrl: string, full: boolean): Promise<{ frame: number; messages: number }> {
  const context = await newPhone(browser, true);
  try {
    const page = await context.newPage();
    await page.goto(hostUrl);
    const iframe = page.locator('iframe');
    await iframe.waitFor();
    const frame = page.frameLocator('iframe');
    await (full ? frame.locator('#amount', { hasText: '€' }) : frame.locator('#amount')).waitFor();
    await page.waitForFunction(() => (window as unknown as { heightMessages: number }).heightMessages > 0);
    await idle(page);
    const height = await stable(() => iframe.evaluate((element) => element.getBoundingClientRect().height));
    const messages = await page.evaluate(() => (window as unknown as { heightMessages: number }).heightMessages);
    return { frame: height, messages };
  } finally {
    await context.close();
  }
}

/** From an empty page to a verdict, by touch: every tap and every scroll it needed. */
async function tapsToVerdict(browser: Browser, origin: string): Promise<void> {
  const context = await newPhone(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await idle(page);
    let taps = 0;
    let scrolls = 0;
    const steps: string[] = [];
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
    const tap = async (target: Locator, step: string) => {
      const before = await scrollY();
      await target.scrollIntoViewIfNeeded();
      const scrolled = (await scrollY()) !== before;
      if (scrolled) scrolls++;
      await target.tap();
      taps++;
      steps.push(`  tap ${String(taps).padStart(2)}${scrolled ? ' (after a scroll)' : '                 '}  ${step}`);
    };
    const type = (text: string) => page.keyboard.type(text);
    const group = (name: RegExp) => page.getByRole('group', { name });
    const answer = (name: RegExp, option: RegExp, step: string) => tap(group(name).getByRole('radio', { name: option }), step);

    await tap(page.getByLabel(/date de début/i), 'contract start field, then typed 01/09/2026');
    await type('01/09/2026');
    await answer(/type de contrat/i, /^CDI$/, 'CDI');

    // Certification: the plain field may be replaced, once focused, by the search (a combobox).
    await tap(page.getByLabel(/certification préparée/i), 'certification field');
    const field = page.getByRole('combobox', { name: /certification préparée/i });
    const replaced = await field.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    );
    const input = replaced ? field : page.getByRole('textbox', { name: /certification préparée/i });
    if (!(await input.evaluate((element) => element === document.activeElement))) {
      await tap(input, 'certification field again (the focus was lost)');
    }
    await type('RNCP37715');
    steps.push('           typed RNCP37715');
    const option = page.getByRole('option', { name: /37715/ });
    const listed = await option.waitFor({ timeout: 3000 }).then(
      () => true,
      () => false,
    );
    // Whether the simulation has the code (the page's address carries it), before and after a choice.
    const codeTaken = () =>
      page
        .waitForFunction(() => new URLSearchParams(location.search).get('certification') === 'RNCP37715', null, {
          timeout: 1500,
        })
        .then(
          () => true,
          () => false,
        );
    const takenBeforeChoice = await codeTaken();
    let choice = '';
    if (listed) {
      await tap(option.first(), 'the matching option in the list');
      // Choosing an option empties the search field and shows the choice beside it.
      choice = (await input.inputValue()) === '' ? ' and chose it' : ' but did nothing (the field kept its text)';
    }
    const taken = await codeTaken();
    let certificationNote = replaced
      ? 'the field became a search combobox on focus; the code was typed into it'
      : 'the field stayed a plain text field; the code was typed into it';
    if (!listed) certificationNote += '; no list of options appeared';
    else if (takenBeforeChoice)
      certificationNote += `; the matching option was tapped${choice}, though the code typed in full was already taken (that tap is optional)`;
    else certificationNote += `; the matching option was tapped${choice}, the code was not taken before it`;
    certificationNote += taken ? '; the simulation has RNCP37715' : '; the simulation does NOT have RNCP37715';

    const purpose = group(/le contrat prépare/i).getByRole('radio', { name: /diplôme/i });
    const purposeSet = (await purpose.count()) === 0 || (await purpose.isChecked());
    if (!purposeSet) await tap(purpose, 'the contract prepares a diploma, a title or a CQP');

    await answer(/30 ans/i, /^Oui$/i, 'aged 30 or more: Oui');
    await answer(/recherche d.emploi|france travail/i, /^Oui$/i, 'job seeker: Oui');
    await answer(/effectif/i, /^Non$/i, 'in the staff in the last 6 months: Non');
    await tap(page.getByLabel(/département/i), 'department field, then typed 44');
    await type('44');
    await answer(/CUFPA|contribution unique/i, /^Oui$/i, 'CUFPA: Oui');
    await answer(/obligations/i, /^Oui$/i, 'obligations up to date: Oui');
    await answer(/licenciement/i, /^Non$/i, 'economic layoffs: Non');

    // The request: whether it was filed is asked ("Pas encore" answers it in one tap); a date
    // field is typed into only when it is required.
    let requestNote = 'no request question';
    const requestGroup = group(/déposé la demande/i).filter({ has: page.getByRole('radio') });
    if ((await requestGroup.count()) > 0 && !(await requestGroup.first().getByRole('radio', { checked: true }).count())) {
      // "Pas encore" (not filed yet) gives a verdict in one tap; "Oui" would ask for its date.
      const notYet = requestGroup.first().getByRole('radio', { name: /pas encore/i });
      const option = (await notYet.count()) > 0 ? notYet : requestGroup.first().getByRole('radio').first();
      await tap(option, 'request question: not filed yet');
      requestNote = 'a request question, answered "Pas encore"';
    }
    const requestDate = page.getByLabel(/date de dépôt/i);
    if ((await requestDate.count()) > 0) {
      const required = await requestDate.first().evaluate((element) => (element as HTMLInputElement).required);
      if (required && !(await requestDate.first().inputValue())) {
        await tap(requestDate.first(), 'request date field, then typed 15/09/2026');
        await type('15/09/2026');
        requestNote = 'request date required: typed';
      } else {
        requestNote = 'request date left as is (optional: today by default)';
      }
    }

    const verdict = page
      .getByTestId('verdict')
      .or(page.getByText(/conditions sont remplies|n.ouvre pas droit/i))
      .first();
    await verdict.waitFor();
    const verdictText = (await verdict.innerText()).replace(/\s+/g, ' ').trim();
    const unanswered = await page.evaluate(() =>
      [...document.querySelectorAll('form fieldset.choice, form [role="radiogroup"]')]
        .filter((set) => set.querySelector('input[type="radio"]') && !set.querySelector('input[type="radio"]:checked'))
        .map((set) => set.querySelector('legend')?.textContent?.trim() ?? '?'),
    );
    const toConfirm = await page.locator('.checklist li.unknown').count();

    console.log('\ntaps to a verdict, from an empty page:');
    for (const step of steps) console.log(step);
    console.log(`  certification: ${certificationNote}`);
    console.log(`  contract purpose: ${purposeSet ? 'already set (or no such question)' : 'tapped'}; request: ${requestNote}`);
    console.log(`  unanswered choice questions left: ${unanswered.length ? unanswered.join(' | ') : 'none'}`);
    console.log(`  conditions still "À renseigner": ${toConfirm}`);
    console.log(`  total: ${taps} taps, ${scrolls} scrolls`);
    console.log(`  verdict: ${verdictText}`);
  } finally {
    await context.close();
  }
}

const app = await startPreviewServer(APP_PORT);
const fullSearch = `?${new URLSearchParams(FULL_CASE)}`;
const hostPages: Record<string, string> = { '/': hostPage(app.origin, {}), '/full': hostPage(app.origin, FULL_CASE) };
const host = createServer((request, response) => {
  const page = hostPages[request.url ?? ''];
  response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(page ?? '');
});
await new Promise<void>((listening) => host.listen(HOST_PORT, '127.0.0.1', listening));
const hostOrigin = `http://127.0.0.1:${HOST_PORT}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  console.log(`app: ${appDir}, phone ${SCREEN.width}×${SCREEN.height} CSS px, today ${TODAY.toISOString().slice(0, 10)}`);
  const empty = await standalone(browser, app.origin, '');
  const full = await standalone(browser, app.origin, fullSearch);
  const emptyFrame = await embedded(browser, `${hostOrigin}/`, false);
  const fullFrame = await embedded(browser, `${hostOrigin}/full`, true);
  const screens = (px: number) => `${(px / SCREEN.height).toFixed(2)} screens`;
  console.log('\nstandalone page, document height:');
  console.log(`  empty simulator: ${empty.height} px (${screens(empty.height)})`);
  console.log(`  full case:       ${full.height} px (${screens(full.height)})`);
  console.log('embedded (iframe made by embed.js), iframe height:');
  console.log(`  empty simulator: ${emptyFrame.frame} px (${screens(emptyFrame.frame)}; ${emptyFrame.messages} height messages)`);
  console.log(`  full case:       ${fullFrame.frame} px (${screens(fullFrame.frame)}; ${fullFrame.messages} height messages)`);
  if (full.amountTop !== null) {
    console.log(`estimate (#amount) in the full case: top at y = ${Math.round(full.amountTop)} px, ${screens(full.amountTop)}`);
  }
  await tapsToVerdict(browser, app.origin);
} finally {
  await browser.close();
  host.close();
  app.stop();
}
