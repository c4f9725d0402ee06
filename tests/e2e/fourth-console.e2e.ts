/**
 * A fourth console is one folder: a copy of the project gets `tests/fixtures/fourth-console/acme/` as
 * `catalog/consoles/acme/` and nothing else, is built, and the new console works as the three do — recognised on its
 * page, explained on hover, found by the popup's search and switched on the options page (README, "Adding a
 * console").
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { buildWithConsole, type ConsoleCopy } from '../support/fourth-console';
import { FIXTURES, type FixtureServer, serveFixtures } from '../support/server';
import { waitForReport } from './expectations';

const FOLDER = resolve(FIXTURES, 'fourth-console/acme');

let copy: ConsoleCopy;
let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  copy = buildWithConsole(FOLDER, 'acme');
  browser = await launchWithExtension({ extensionDir: copy.build });
  server = await serveFixtures();
}, 180_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (copy) rmSync(copy.dir, { recursive: true, force: true });
});

describe('a fourth console added as one folder', () => {
  it('is the one folder the copy has beyond the project', () => {
    const consoles = readdirSync(join(copy.dir, 'catalog/consoles'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(consoles).toContain('acme');
    expect(readdirSync(join(copy.dir, 'catalog/consoles/acme')).sort()).toEqual(readdirSync(FOLDER).sort());
  });

  it('is recognised on its page and explained on hover, with the ID from the row', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('fourth-console/page.html'));
    const report = await waitForReport(browser.worker, page, 'acme');
    expect(report.findings.map((f) => [f.label, f.severity])).toEqual(
      expect.arrayContaining([
        ['ARCHIVE_QUOTA_EXCEEDED', 'error'],
        ['ARCHIVE_DONE', 'success'],
      ]),
    );
    const card = cardOf(page, browser.worker);
    const status = page.getByText('ARCHIVE_QUOTA_EXCEEDED', { exact: true });
    const box = await status.boundingBox();
    if (!box) throw new Error('no status on the page');
    const shown = await card.restOn({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, 'ARCHIVE_QUOTA_EXCEEDED');
    expect(shown.text).toContain('Acme');
    expect(shown.text).toContain('archive storage is full');
    expect(shown.text).toContain('J-5501');
    await page.close();
  });

  it('is found by the popup’s search', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('combobox').pressSequentially('archive full', { delay: 10 });
    const first = popup.getByRole('listbox').getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('ARCHIVE_QUOTA_EXCEEDED');
    await popup.close();
  });

  it('has a switch of its own on the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    const toggle = options.getByRole('switch', { name: /Acme Mail Archiver/ });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await options.close();
  });
});
