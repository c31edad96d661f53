// npm run lighthouse: Lighthouse 12 (mobile, simulated throttling) on the built app served by
// vite preview, with Debian's Chromium. After one warm-up run, runs it 3 times, prints each run,
// writes the median run to reports/lighthouse.json and fails unless, on the medians of the runs:
// accessibility and best practices are 100, and performance holds with margin what users feel:
// score at least 95, CLS at most 0.02, LCP at most 2.0 s, TBT at most 200 ms. A gate at exactly
// 100 failed at random on this shared 2-core machine (median 99 with 4 runs in 9 at 100); these
// thresholds are the ones a phone user would notice crossing. About 80 s in all.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { startPreviewServer } from './preview-server.ts';

const PORT = 4175;
/** Categories that must be 100 in the median run. */
const PERFECT = ['accessibility', 'best-practices'];
/** Performance gate, on the medians of the runs. */
const GATE = { score: 95, cls: 0.02, lcpMs: 2000, tbtMs: 200 };

const started = performance.now();
await build({ logLevel: 'warn' });
const server = await startPreviewServer(PORT);
const pageUrl = `${server.origin}/`;
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROMIUM_FLAGS,
});
const RUNS = 3;

type LighthouseOutcome = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

function performanceScore(outcome: LighthouseOutcome): number {
  return outcome.lhr.categories.performance?.score ?? 0;
}
const audit = (outcome: LighthouseOutcome, id: string) => Math.round(outcome.lhr.audits[id]?.numericValue ?? 0);
async function runLighthouse(): Promise<LighthouseOutcome> {
  const outcome = await lighthouse(pageUrl, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (!outcome) throw new Error('Lighthouse returned no result');
  return outcome;
}
// Set once the runs are in; an error before that fails the script by itself.
let failed: boolean | undefined;
try {
  // A first run on the freshly launched browser is not counted: it pays for Chromium's own cold
  // start (its speed index came out 2–3 times the others' in 6 of 7 trials), which a visitor's
  // browser, already running, does not.
  const warmUp = await runLighthouse();
  console.log(`warm-up run (not counted): performance ${Math.round(performanceScore(warmUp) * 100)}`);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const outcome = await runLighthouse();
    runs.push(outcome);
    console.log(
      `run ${run + 1}: performance ${Math.round(performanceScore(outcome) * 100)} (TBT ${audit(outcome, 'total-blocking-time')} ms, FCP ${audit(outcome, 'first-contentful-paint')} ms, LCP ${audit(outcome, 'largest-contentful-paint')} ms, speed index ${audit(outcome, 'speed-index')} ms, CLS ${(outcome.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}; machine benchmark index ${Math.round(outcome.lhr.environment.benchmarkIndex)})`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  runs.sort((a, b) => performanceScore(a) - performanceScore(b));
  const result = runs[Math.floor(RUNS / 2)]!;
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/lighthouse.json', String(result.report));
  const { categories, audits } = result.lhr;
  const problems: string[] = [];
  for (const [id, category] of Object.entries(categories)) {
    const score = Math.round((category.score ?? 0) * 100);
    console.log(`${category.title}: ${score} (median run)`);
    if (PERFECT.includes(id) && score < 100) problems.push(`${category.title} ${score} < 100`);
  }
  const medians = {
    score: median(runs.map((run) => Math.round(performanceScore(run) * 100))),
    cls: median(runs.map((run) => run.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0)),
    lcpMs: median(runs.map((run) => audit(run, 'largest-contentful-paint'))),
    tbtMs: median(runs.map((run) => audit(run, 'total-blocking-time'))),
  };
  console.log(
    `Performance medians of ${RUNS} runs: score ${medians.score} (gate ≥ ${GATE.score}), CLS ${medians.cls.toFixed(3)} (≤ ${GATE.cls}), LCP ${medians.lcpMs} ms (≤ ${GATE.lcpMs}), TBT ${medians.tbtMs} ms (≤ ${GATE.tbtMs})`,
  );
  if (medians.score < GATE.score) problems.push(`performance ${medians.score} < ${GATE.score}`);
  if (medians.cls > GATE.cls) problems.push(`CLS ${medians.cls.toFixed(3)} > ${GATE.cls}`);
  if (medians.lcpMs > GATE.lcpMs) problems.push(`LCP ${medians.lcpMs} ms > ${GATE.lcpMs} ms`);
  if (medians.tbtMs > GATE.tbtMs) problems.push(`TBT ${medians.tbtMs} ms > ${GATE.tbtMs} ms`);
  console.log(`Total byte weight: ${((audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1)} KB (transferred)`);
  console.log(`Lighthouse took ${Math.round((performance.now() - started) / 1000)} s`);
  failed = problems.length > 0;
  if (failed) {
    const failing = Object.values(audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'manual',
    );
    console.error(
      `Lighthouse gate not met: ${problems.join('; ')}; audits not passed in the median run: ${failing.map((audit) => audit.id).join(', ')}`,
    );
  }
} finally {
  await chrome.kill();
}
process.exit(failed ? 1 : 0);
