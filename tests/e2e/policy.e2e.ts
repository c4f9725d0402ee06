/**
 * Deployment by policy, for real: a managed policy file for Debian's Chromium under /etc/chromium/policies/managed/
 * (as root; machine-wide, so this file runs alone, and the file is removed afterwards). The e2e build carries a
 * manifest `key`, which gives it a fixed extension id for the policy to name. Checks that a policy host, switch,
 * note and desk entry reach an open console tab, the popup and the badge, show as locked on the options page, and
 * that an invalid value is ignored and named while the rest applies.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import type { PageReport } from '../../components/messaging/schema';
import { CHROMIUM, E2E_BUILD, type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { cardOf, markedCount, restOn, settle } from './pages';

declare const chrome: typeof WxtBrowser;

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'status-lens-e2e.json');
// Debian's Chromium reads that directory (Google Chrome reads /etc/opt/chrome); writing it takes root.
const canWritePolicy = process.getuid?.() === 0 && CHROMIUM === '/usr/bin/chromium';

/** The id Chromium gives an extension with a manifest key: the key's SHA-256, first 32 hex digits as a–p. */
function extensionIdOf(buildDir: string): string {
  const { key } = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as { key?: string };
  if (!key) throw new Error('the e2e build has no manifest key: run `npm run build:e2e`');
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

const NOTE = 'Desk: page the storage team before freeing space on the NFS share.';
const DESK_MEANING = 'Our DPOD warns that a device certificate expires within 30 days; the backup ran.';

let browser: ExtensionBrowser;
let server: FixtureServer;
let id: string;
let policyOrigin: string;

function writePolicy(values: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }, null, 2));
}

const basePolicy = () => ({
  products: { dropsuite: true },
  notes: [
    { product: 'dpod', section: 'executions', label: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE', text: NOTE },
    // Ignored, and named on the options page: a note is plain text.
    { product: 'dpod', label: 'SUCCESS', text: '<b>All good</b>' },
  ],
  deskEntries: [
    {
      product: 'dpod',
      section: 'executions',
      label: 'EXECUTION_CHECK_CERT_EXPIRY_WARNING',
      severity: 'error',
      meaning: DESK_MEANING,
      steps: ['Renew the certificate on the device.'],
    },
  ],
});

async function openTab(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await settle(page, browser.worker);
  return page;
}

async function tabIdOf(url: string): Promise<number> {
  const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (typeof tabId !== 'number') throw new Error(`no tab for ${url}`);
  return tabId;
}

describe.skipIf(!canWritePolicy)('deployment by policy (Chromium, managed policy file)', () => {
  beforeAll(async () => {
    if (existsSync(POLICY_FILE)) throw new Error(`${POLICY_FILE} exists: another run is going on, or left it behind`);
    id = extensionIdOf(E2E_BUILD);
    server = await serveFixtures();
    policyOrigin = `http://policy.localhost:${new URL(server.origin).port}`;
    // Written before the browser starts: it loads policy at start.
    writePolicy(basePolicy());
    browser = await launchWithExtension();
    if (browser.extensionId !== id) throw new Error(`the extension id is ${browser.extensionId}, not ${id}`);
    // The background copies managed storage for every context; Chromium needs a few seconds at start.
    const copied = async () =>
      JSON.stringify(await browser.worker.evaluate(async () => (await chrome.storage.local.get('policy')).policy)) ??
      '';
    await vi.waitFor(
      async () => {
        if (!(await copied()).includes(NOTE)) throw new Error('the policy did not reach the extension');
      },
      { timeout: 20_000, interval: 250 },
    );
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await browser?.close();
    await server?.close();
  });

  it('reaches the extension as policy: storage.managed holds the values', async () => {
    const managed = await browser.worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ products: { dropsuite: true }, deskEntries: [{ severity: 'error' }] });
  });

  it('counts a status only the desk explains by its severity, on the badge and in the popup, with the note', async () => {
    const url = server.url('dpod/executions.html');
    const tab = await openTab(url);
    await expect.poll(() => markedCount(tab)).toBeGreaterThan(0);
    const tabId = await tabIdOf(url);
    const report = (await browser.worker.evaluate(
      (t) => chrome.tabs.sendMessage(t, { type: 'get-page-report' }),
      tabId,
    )) as PageReport;
    // The overlay reports the desk entry as unknown until it is wired to the desk, then as an error itself: the
    // badge counts it as an error either way.
    const isDesk = (f: PageReport['findings'][number]) => f.label === 'EXECUTION_CHECK_CERT_EXPIRY_WARNING';
    expect(report.findings.some(isDesk)).toBe(true);
    const errors = report.findings.filter((f) => f.severity === 'error' || isDesk(f)).reduce((n, f) => n + f.count, 0);
    const badge = () => browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
    await expect.poll(badge).toBe(String(errors));

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const errorGroup = popup.getByRole('group', { name: /Errors/ });
    const desk = errorGroup.getByRole('option', { name: /EXECUTION_CHECK_CERT_EXPIRY_WARNING/ });
    await expect.poll(() => desk.count()).toBe(1);
    expect(await desk.textContent()).toContain('desk');
    await desk.click();
    const detail = popup.locator('.detail');
    await expect.poll(() => detail.textContent()).toContain(DESK_MEANING);
    expect(await detail.textContent()).toContain('Explained by your organisation’s support desk');
    await popup.getByRole('button', { name: 'Back' }).click();

    await popup.getByRole('option', { name: /EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE/ }).click();
    await expect.poll(() => detail.textContent()).toContain(NOTE);
    expect(await detail.textContent()).toContain('Set by your organisation');
    await Promise.all([popup.close(), tab.close()]);
  });

  it('finds policy notes and desk entries in the popup search', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const box = popup.getByRole('combobox', { name: 'Search statuses and codes' });
    await box.fill('storage team');
    await expect
      .poll(() => popup.getByRole('option').first().textContent())
      .toContain('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    await box.fill('certificate expires');
    await expect
      .poll(() => popup.getByRole('option').first().textContent())
      .toContain('EXECUTION_CHECK_CERT_EXPIRY_WARNING');
    await popup.close();
  });

  it('shows what policy sets as set by the organisation, locked, and names what it ignored', async () => {
    // The user's own note still works beside the organisation's.
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          products: { dropsuite: false, dpod: true, mxhero: true },
          hosts: [],
          notes: [{ product: 'dpod', section: null, label: 'SUCCESS', text: 'My own note.' }],
          deskEntries: [],
        },
      }),
    );
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Consoles' }).waitFor();
    const dropsuite = page.getByRole('switch', { name: /Dropsuite/ });
    // The policy's "on" wins over the user's stored "off", and cannot be changed here.
    await expect.poll(() => dropsuite.isChecked()).toBe(true);
    expect(await dropsuite.isDisabled()).toBe(true);
    expect(await page.getByText('Set by your organisation: on.').count()).toBe(1);
    expect(await page.getByRole('switch', { name: /DPOD/ }).isDisabled()).toBe(false);

    const notes = page.getByRole('region', { name: 'Desk notes' });
    const policyNote = notes.getByRole('listitem').filter({ hasText: NOTE });
    expect(await policyNote.textContent()).toContain('Set by your organisation');
    expect(await policyNote.getByRole('button').count()).toBe(0);
    const ownNote = notes.getByRole('listitem').filter({ hasText: 'My own note.' });
    expect(await ownNote.getByRole('button', { name: /Remove/ }).count()).toBe(1);
    const entries = page.getByRole('region', { name: 'Desk entries' });
    expect(await entries.getByRole('listitem').filter({ hasText: DESK_MEANING }).textContent()).toContain(
      'Set by your organisation',
    );

    const notice = page.getByRole('status').filter({ hasText: 'policy could not be used' });
    expect(await notice.textContent()).toContain(
      'Policy note 2 (“SUCCESS”): the note holds markup; desk text is plain text; it is ignored.',
    );
    await page.close();
  });

  it('applies a changed policy at once: a host reaches an open tab, a switch turns a console off', async () => {
    const hostTab = await openTab(`${policyOrigin}/dpod/executions.html`);
    // *.localhost is in no content script's matches: only a registered host brings the script here.
    expect(await markedCount(hostTab)).toBe(0);
    const mxhero = await openTab(server.url('mxhero/notifications.html'));
    await expect.poll(() => markedCount(mxhero)).toBeGreaterThan(0);

    writePolicy({
      ...basePolicy(),
      products: { dropsuite: true, mxhero: false },
      hosts: [{ pattern: policyOrigin, product: 'dpod' }],
    });
    // Chromium rereads the policy file within seconds and tells storage.managed.onChanged.
    await expect.poll(() => markedCount(hostTab), { timeout: 30_000, interval: 250 }).toBeGreaterThan(0);
    await expect.poll(() => markedCount(mxhero), { timeout: 30_000, interval: 250 }).toBe(0);
    // The policy host as the README writes it ("http://host:port", no "/*") is a declared console, also on a page
    // that does not recognise itself: a build log that prints DPOD's codes is DPOD there.
    const logUrl = `${policyOrigin}/none/build-log.html`;
    const log = await openTab(logUrl);
    const logTab = await tabIdOf(logUrl);
    const product = () =>
      browser.worker
        .evaluate((t) => chrome.tabs.sendMessage(t, { type: 'get-page-report' }), logTab)
        .then(
          (r) => (r as PageReport).product,
          () => null,
        );
    await expect.poll(product, { timeout: 10_000, interval: 250 }).toBe('dpod');
    await log.close();

    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('heading', { name: 'Consoles' }).waitFor();
    const host = page.getByRole('listitem').filter({ hasText: policyOrigin });
    await expect.poll(() => host.textContent()).toContain('set by your organisation');
    expect(await host.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    expect(await page.getByRole('switch', { name: /mxHERO/ }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: /mxHERO/ }).isDisabled()).toBe(true);
    await Promise.all([page.close(), mxhero.close(), hostTab.close()]);
  });

  it('shows a desk entry of the policy in the card of an open console tab', async () => {
    const tab = await openTab(`${policyOrigin}/dpod/executions.html`);
    await expect.poll(() => markedCount(tab), { timeout: 10_000 }).toBeGreaterThan(0);
    const card = cardOf(tab, browser.worker);
    await restOn(card, tab.getByRole('cell', { name: 'EXECUTION_CHECK_CERT_EXPIRY_WARNING' }));
    await expect.poll(async () => (await card.inspect())?.text).toContain(DESK_MEANING);
    await tab.close();
  });

  it('shows a policy note in the card, as the organisation’s, right under the title', async () => {
    const tab = await openTab(`${policyOrigin}/dpod/executions.html`);
    try {
      await expect.poll(() => markedCount(tab), { timeout: 10_000 }).toBeGreaterThan(0);
      const card = cardOf(tab, browser.worker);
      const noted = await restOn(
        card,
        tab.getByRole('cell', { name: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' }).first(),
      );
      expect(noted.text).toContain(NOTE);
      expect(noted.text).toMatch(/Set by your organisation/);
    } finally {
      await tab.close();
    }
  });
});
