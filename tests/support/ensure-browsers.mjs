#!/usr/bin/env node
// Makes sure the browsers of the browser tests, the demo and the benchmark are there: Debian's Chromium
// (Playwright) and Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). Browser downloads of their own
// cannot work offline; Debian's packages can. Missing ones are installed in one apt-get run when root.
//   node tests/support/ensure-browsers.mjs [chromium] [firefox]   (default: both)
// CHROMIUM_PATH and FIREFOX_PATH point at other binaries; a path set that does not exist is an error.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

const asked = process.argv.slice(2);
for (const a of asked) {
  if (!(a in BROWSERS)) {
    console.error(`Unknown browser "${a}"; expected ${Object.keys(BROWSERS).join(' or ')}.`);
    process.exit(2);
  }
}
const wanted = (asked.length ? asked : Object.keys(BROWSERS)).map((k) => BROWSERS[k]);

const missing = [];
for (const b of wanted) {
  const path = process.env[b.env] || b.path;
  if (existsSync(path)) continue;
  if (process.env[b.env]) {
    console.error(`${b.env} is set to ${path}, which does not exist.`);
    process.exit(1);
  }
  missing.push(b);
}
if (!missing.length) process.exit(0);

const names = missing.map((b) => b.name).join(' and ');
const command = `apt-get update && apt-get install -y ${missing.map((b) => b.apt).join(' ')}`;
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`${names} missing; installing from Debian: ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missing.filter((b) => !existsSync(b.path));
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.map((b) => b.path).join(', ')}`);
    process.exit(1);
  }
  process.exit(0);
}
console.error(
  `${names} missing. Install as root, then run this again:\n  sudo sh -c '${command}'\n` +
    `or point ${missing.map((b) => b.env).join(' / ')} at the binary.`,
);
process.exit(1);
