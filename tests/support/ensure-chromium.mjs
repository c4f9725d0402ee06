#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests, the demo and the benchmark.
// Playwright's own browser download cannot work offline; Debian's package can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const command = 'apt-get update && apt-get install -y chromium';
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, which does not exist.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`Chromium is missing; installing it from Debian: ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  process.exit(0);
}
console.error(
  `Chromium is missing. Install it as root, then run this again:\n  sudo sh -c '${command}'\nor point CHROMIUM_PATH at a Chromium binary.`,
);
process.exit(1);
