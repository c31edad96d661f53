// Runs the Playwright suite against Debian's Chromium. Without Chromium, a developer gets one
// line saying the browser tests were skipped and how to install it; under CI=true it is a failure.
// The PDF test reads the exported page with poppler's pdfinfo and pdftotext.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
if (!existsSync(chromium) || !hasPoppler) {
  const missing = [!existsSync(chromium) && `Chromium (${chromium})`, !hasPoppler && 'pdftotext'].filter(Boolean).join(' and ');
  if (process.env.CI === 'true') {
    console.error(
      `Browser tests cannot run: ${missing} not found (CI=true). Install with: apt-get install -y chromium poppler-utils`,
    );
    process.exit(1);
  }
  console.log(
    `Browser tests skipped: ${missing} not found. Install with "sudo apt-get install -y chromium poppler-utils" (or set CHROMIUM_PATH), then run npm test again.`,
  );
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
