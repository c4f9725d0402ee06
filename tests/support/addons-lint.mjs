#!/usr/bin/env node
// Runs Mozilla's addons-linter (the one addons.mozilla.org runs on upload) on the Firefox build.
// Fails on any error; lists warnings and notices without failing on them.
//   node tests/support/addons-lint.mjs [dir]   (default: .output/firefox-mv3, from `npm run build:firefox`)
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import linter from 'addons-linter';

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../.output/firefox-mv3'));
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`addons-linter: no Firefox build at ${dir}; run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const version = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../node_modules/addons-linter/package.json'), 'utf8'),
).version;
const instance = linter.createInstance({
  config: {
    _: [dir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: true,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = await instance.run();

const where = (m) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''}${m.column ? `:${m.column}` : ''})` : '');
const list = (kind, messages) => {
  for (const m of messages) console.log(`  ${kind} ${m.code}: ${m.message}${where(m)}`);
};
const { errors, warnings, notices } = result.summary;
console.log(`addons-linter ${version} on ${dir}: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
list('error  ', result.errors);
list('warning', result.warnings);
list('notice ', result.notices);
process.exit(errors > 0 ? 1 : 0);
