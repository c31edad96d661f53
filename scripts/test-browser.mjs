// Runs the Playwright suite against Debian's Chromium. Without Chromium, a developer gets one
// line saying the browser tests were skipped and how to install it; under CI=true it is a failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.CI === 'true') {
    console.error(`Browser tests cannot run: Chromium not found at ${chromium} (CI=true). Install it with: apt-get install -y chromium`);
    process.exit(1);
  }
  console.log(`Browser tests skipped: Chromium not found at ${chromium}. Install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`);
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
