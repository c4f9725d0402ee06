/**
 * The options page with the built extension: console switches reaching open tabs and surviving a restart,
 * hosts validated, added (permission, registration, already open tabs) and removed, corrupted storage
 * repaired, the toolbar badge, and axe in light and dark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as WxtBrowser } from 'wxt/browser';
import { axeCheck, formatViolations } from '../support/axe';
import { type ExtensionBrowser, launchWithExtension } from '../support/browser';
import { type FixtureServer, serveFixtures } from '../support/server';
import { markedCount, settle } from './pages';

// The extension APIs as the service worker sees them, inside worker.evaluate.
declare const chrome: typeof WxtBrowser;

let browser: ExtensionBrowser;
let server: FixtureServer;
/** A second server: the same host on another port must not get the script. */
let otherPort: FixtureServer;

beforeAll(async () => {
  [server, otherPort] = await Promise.all([serveFixtures(), serveFixtures()]);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), otherPort?.close()]);
});

async function openOptions(b: ExtensionBrowser = browser): Promise<Page> {
  const page = await b.openExtensionPage('options.html');
  await page.getByRole('heading', { name: 'Consoles' }).waitFor();
  return page;
}

async function openTab(url: string, b: ExtensionBrowser = browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url);
  await settle(page, b.worker);
  return page;
}

// biome-ignore lint/suspicious/noExplicitAny: stored data is whatever the test or the page wrote; assertions check it.
const stored = (b: ExtensionBrowser = browser): Promise<any> =>
  b.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
/** Writes the stored settings as a person editing storage by hand would; undefined removes them. */
const setStored = (value: unknown, b: ExtensionBrowser = browser) =>
  b.worker.evaluate(
    (settings) =>
      settings === undefined
        ? chrome.storage.local.remove(['settings', 'settings$'])
        : chrome.storage.local.set({ settings }),
    value,
  );
const registered = () =>
  browser.worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })),
  );

/** The text of everything a field's aria-describedby points at. */
const description = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describe('console switches', () => {
  it('are on by default and named after their product', async () => {
    await setStored(undefined);
    const page = await openOptions();
    for (const name of ['Dropsuite', 'DPOD', 'IBM DataPower Operations Dashboard', 'mxHERO Mail2Cloud']) {
      expect(await page.getByRole('switch', { name: new RegExp(name) }).isChecked()).toBe(true);
    }
    await page.close();
  });

  it('reach an open console tab at once, leaving other products alone', async () => {
    await setStored(undefined);
    const dpod = await openTab(server.url('dpod/executions.html'));
    const mxhero = await openTab(server.url('mxhero/notifications.html'));
    await expect.poll(() => markedCount(dpod)).toBeGreaterThan(0);
    await expect.poll(() => markedCount(mxhero)).toBeGreaterThan(0);
    const dpodMarks = await markedCount(dpod);
    const mxheroMarks = await markedCount(mxhero);

    const options = await openOptions();
    const toggle = options.getByRole('switch', { name: /DPOD/ });
    await toggle.uncheck();
    await expect.poll(() => markedCount(dpod)).toBe(0);
    expect(await markedCount(mxhero)).toBe(mxheroMarks);

    await toggle.check();
    await expect.poll(() => markedCount(dpod)).toBe(dpodMarks);
    expect(await markedCount(mxhero)).toBe(mxheroMarks);
    await Promise.all([dpod.close(), mxhero.close(), options.close()]);
  });

  it('survive reloading the page and restarting the browser', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'status-lens-options-'));
    try {
      let b = await launchWithExtension({ userDataDir: profile });
      let page = await openOptions(b);
      await page.getByRole('switch', { name: /DPOD/ }).uncheck();
      await page.getByRole('switch', { name: /mxHERO/ }).uncheck();
      await expect.poll(() => stored(b)).toMatchObject({ products: { dropsuite: true, dpod: false, mxhero: false } });

      await page.reload();
      await page.getByRole('heading', { name: 'Consoles' }).waitFor();
      expect(await page.getByRole('switch', { name: /DPOD/ }).isChecked()).toBe(false);
      await b.close();

      b = await launchWithExtension({ userDataDir: profile });
      page = await openOptions(b);
      await expect.poll(() => page.getByRole('switch', { name: /DPOD/ }).isChecked()).toBe(false);
      expect(await page.getByRole('switch', { name: /mxHERO/ }).isChecked()).toBe(false);
      expect(await page.getByRole('switch', { name: /Dropsuite/ }).isChecked()).toBe(true);
      await b.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('hosts', () => {
  it('refuses invalid hosts next to the field and stores nothing', async () => {
    await setStored(undefined);
    const page = await openOptions();
    const field = page.getByRole('textbox', { name: 'Console address' });
    const add = page.getByRole('button', { name: 'Add host' });
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['*', /too broad/],
      ['<all_urls>', /too broad/],
      ['*://*/*', /too broad: it would cover every site/],
      ['*.com', /too broad: \*\.com covers every site under \.com/],
      ['*.co.uk', /too broad/],
      ['ftp://files.corp.example', /starting ftp: are not web pages/],
      ['file:///etc/hosts', /starting file:/],
      ['dpod corp', /spaces/],
      ['dpod.*.example', /leftmost/],
      ['https://dpod.corp.example:99999', /port/],
      ['app.dropsuite.com', /already works on \*\.dropsuite\.com/],
    ];
    for (const [input, message] of cases) {
      await field.fill(input);
      await add.click();
      await expect.poll(() => field.getAttribute('aria-invalid'), { message: input }).toBe('true');
      expect(await description(field), input).toMatch(message);
      expect(await page.getByRole('alert').textContent()).toMatch(message);
    }
    // Typing again clears the error.
    await field.fill('dpod');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(await stored()).toBeUndefined();

    // A duplicate, however it is written.
    await field.fill('http://dup.localhost:4000');
    await add.click();
    await expect.poll(() => stored()).toMatchObject({ hosts: [{ pattern: 'http://dup.localhost:4000/*' }] });
    await field.fill('HTTP://DUP.localhost:4000/some/page');
    await add.click();
    await expect.poll(() => description(field)).toMatch(/already in the list/);
    expect((await stored()).hosts).toHaveLength(1);
    await page.close();
  });

  it('added, runs in an already open tab of that host and port; removed, is unregistered', async () => {
    await setStored(undefined);
    const origin = `http://dpod.localhost:${new URL(server.origin).port}`;
    const pattern = `${origin}/*`;
    // *.localhost is in no content script's matches: only the registration can bring the script here.
    const tab = await openTab(`${origin}/dpod/executions.html`);
    const sameHostOtherPort = await openTab(
      `http://dpod.localhost:${new URL(otherPort.origin).port}/dpod/executions.html`,
    );
    expect(await markedCount(tab)).toBe(0);

    const page = await openOptions();
    await page.getByRole('textbox', { name: 'Console address' }).fill(origin);
    await page
      .getByRole('region', { name: 'Hosts', exact: true })
      .getByRole('combobox', { name: 'Console' })
      .selectOption('dpod');
    await page.getByRole('button', { name: 'Add host' }).click();
    const row = page.getByRole('listitem').filter({ hasText: origin });
    await expect.poll(() => row.textContent()).toMatch(/DPOD.*Active/);
    expect(await stored()).toMatchObject({ hosts: [{ pattern, product: 'dpod' }] });
    await expect.poll(registered).toEqual([{ id: `host:${pattern}`, matches: [pattern] }]);

    // No reload: the background injected the script into the open tab.
    await expect.poll(() => markedCount(tab), { timeout: 10_000 }).toBeGreaterThan(0);
    // Chrome honours the port of a match pattern: the same host on another port stays untouched.
    await sameHostOtherPort.reload();
    await settle(sameHostOtherPort);
    expect(await markedCount(sameHostOtherPort)).toBe(0);
    // And a new page load of the host gets the script through the registration.
    await tab.reload();
    await expect.poll(() => markedCount(tab)).toBeGreaterThan(0);

    // Watch the page give the permission back. The e2e build's *.localhost grant is required and cannot be
    // removed, so the browser refuses: the call is what we can check, and that the page copes with the refusal.
    await page.evaluate(() => {
      const permissions = chrome.permissions;
      const remove = permissions.remove.bind(permissions);
      const calls: unknown[] = [];
      Object.assign(window, { removeCalls: calls });
      permissions.remove = (request) => {
        calls.push(request);
        return remove(request);
      };
    });
    await page.getByRole('button', { name: `Remove ${origin}` }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { removeCalls: unknown[] }).removeCalls))
      .toEqual([{ origins: [pattern] }]);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Removed ${origin}.` })
          .count(),
      )
      .toBe(1);
    await expect.poll(registered).toEqual([]);
    await expect.poll(() => stored()).toMatchObject({ hosts: [] });
    await tab.reload();
    await settle(tab);
    expect(await markedCount(tab)).toBe(0);
    // The e2e build pre-grants *.localhost as a required permission, which cannot be given back; the host's own
    // pattern was never granted on its own, so nothing of ours is left behind.
    const origins = await browser.worker.evaluate(async () => (await chrome.permissions.getAll()).origins);
    expect(origins).not.toContain(pattern);
    await Promise.all([tab.close(), sameHostOtherPort.close(), page.close()]);
  });

  it('shows a host without permission as such, with a Grant button', async () => {
    await setStored({
      products: { dropsuite: true, dpod: true, mxhero: true },
      hosts: [
        { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' },
        { pattern: 'http://granted.localhost/*', product: 'dropsuite' },
      ],
    });
    const page = await openOptions();
    const missing = page.getByRole('listitem').filter({ hasText: 'https://dpod.corp.example:8443' });
    await expect.poll(() => missing.textContent()).toContain('Permission missing');
    expect(await missing.getByRole('button', { name: 'Grant access to https://dpod.corp.example:8443' }).count()).toBe(
      1,
    );
    const granted = page.getByRole('listitem').filter({ hasText: 'granted.localhost' });
    expect(await granted.textContent()).toContain('Active');
    expect(await granted.getByRole('button', { name: /Grant/ }).count()).toBe(0);
    // Only the granted host is registered.
    await expect
      .poll(registered)
      .toEqual([{ id: 'host:http://granted.localhost/*', matches: ['http://granted.localhost/*'] }]);
    await page.close();
    await setStored(undefined);
    await expect.poll(registered).toEqual([]);
  });
});

describe('corrupted storage', () => {
  it('is read back as its valid part plus defaults, with a notice and a working page', async () => {
    await setStored({
      products: { dropsuite: false, dpod: 'yes' },
      hosts: [{ pattern: '*', product: 'dpod' }, { pattern: 'http://kept.localhost/*', product: 'dpod' }, 42],
    });
    const page = await openOptions();
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect.poll(() => notice.textContent()).toContain('The DPOD switch holds the text “yes”');
    const text = await notice.textContent();
    // A missing switch is on, silently: a console added since is no repair.
    expect(text).not.toContain('mxHERO');
    expect(text).toContain('Host 1 (“*”): that pattern is too broad');
    expect(text).toContain('Host 3: the number 42 is not a host entry');
    expect(await page.getByRole('switch', { name: /Dropsuite/ }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: /DPOD/ }).isChecked()).toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'kept.localhost' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Save repaired settings' }).click();
    await expect
      .poll(() => stored())
      .toEqual({
        products: { dropsuite: false, dpod: true, mxhero: true },
        hosts: [{ pattern: 'http://kept.localhost/*', product: 'dpod' }],
        notes: [],
        deskEntries: [],
      });
    await expect.poll(() => notice.textContent()).toContain('The repaired settings are saved.');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByText('could not be used').count()).toBe(0);
    await page.close();
  });

  it('of any kind leaves the page working on the defaults, and the content script running', async () => {
    await setStored('}{ not settings');
    const page = await openOptions();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'not readable' }).count()).toBe(1);
    for (const name of ['Dropsuite', 'DPOD', 'mxHERO']) {
      expect(await page.getByRole('switch', { name: new RegExp(name) }).isChecked()).toBe(true);
    }
    const tab = await openTab(server.url('dpod/executions.html'));
    await expect.poll(() => markedCount(tab)).toBeGreaterThan(0);

    // Changing a switch stores valid settings again, and the open tab follows.
    await page.getByRole('switch', { name: /DPOD/ }).uncheck();
    await expect
      .poll(() => stored())
      .toEqual({ products: { dropsuite: true, dpod: false, mxhero: true }, hosts: [], notes: [], deskEntries: [] });
    await expect.poll(() => markedCount(tab)).toBe(0);
    await Promise.all([tab.close(), page.close()]);
    await setStored(undefined);
  });
});

describe('import and export', () => {
  it('exports a file that imports back, notes and desk entries included; an invalid file is refused and nothing changes', async () => {
    const settings = {
      products: { dropsuite: true, dpod: false, mxhero: true },
      hosts: [{ pattern: 'http://desk.localhost:8080/*', product: 'dpod' }],
      notes: [{ product: 'dropsuite', section: 'backups', label: 'Space Full', text: 'Call the account manager.' }],
      deskEntries: [
        {
          product: 'dpod',
          section: 'executions',
          label: 'EXECUTION_NEW_VENDOR_CODE',
          severity: 'warning',
          meaning: 'New in the vendor’s last release.',
          steps: [],
        },
      ],
    };
    await setStored(settings);
    const page = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('status-lens-settings.json');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const exported = readFileSync(path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ app: 'status-lens', kind: 'settings', version: 3, settings });
    // Told where it shows, not only to screen readers.
    const exportedNote = page.getByRole('status').filter({ hasText: 'Exported 1 host, 1 desk note and 1 desk entry' });
    await expect.poll(() => exportedNote.isVisible()).toBe(true);

    await setStored(undefined);
    await expect.poll(() => page.getByRole('switch', { name: /DPOD/ }).isChecked()).toBe(true);

    const bad = JSON.stringify({
      app: 'status-lens',
      kind: 'settings',
      version: 2,
      settings: { ...settings, hosts: [{ pattern: '<all_urls>', product: 'dpod' }] },
    });
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect.poll(() => alert.textContent()).toContain('bad.json was not imported');
    expect(await alert.textContent()).toContain('Host 1 (“<all_urls>”): that pattern is too broad');
    expect(await stored()).toBeUndefined();

    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'desk.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    // Nothing changes before the user has seen what will and chosen.
    const preview = page.getByRole('region', { name: 'Import desk.json?' });
    await preview.waitFor();
    expect(await stored()).toBeUndefined();
    expect(await page.getByRole('alert').filter({ hasText: 'was not imported' }).count()).toBe(0);
    await preview.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => stored()).toEqual(settings);
    await expect.poll(() => page.getByRole('switch', { name: /DPOD/ }).isChecked()).toBe(false);
    expect(await page.getByRole('listitem').filter({ hasText: 'http://desk.localhost:8080' }).count()).toBe(1);
    expect(await page.getByRole('listitem').filter({ hasText: 'Call the account manager.' }).count()).toBe(1);
    expect(await page.getByRole('listitem').filter({ hasText: 'EXECUTION_NEW_VENDOR_CODE' }).count()).toBe(1);
    await page.close();
    await setStored(undefined);
  });

  it('shows what an import changes, and merges or replaces as chosen, with Undo', async () => {
    const mine = {
      products: { dropsuite: true, dpod: true, mxhero: true },
      hosts: [
        { pattern: 'http://mine.localhost/*', product: 'dropsuite' },
        { pattern: 'http://shared.localhost/*', product: 'dropsuite' },
      ],
      notes: [{ product: 'dpod', section: null, label: null, text: 'Backups run at night.' }],
      deskEntries: [],
    };
    const file = {
      app: 'status-lens',
      kind: 'settings',
      version: 3,
      settings: {
        products: { dropsuite: true, dpod: false, mxhero: true },
        hosts: [{ pattern: 'http://shared.localhost/*', product: 'dpod' }, { pattern: 'http://theirs.localhost/*' }],
        notes: [{ product: 'dropsuite', section: 'backups', label: 'Space Full', text: 'Call the account manager.' }],
        deskEntries: [],
      },
    };
    await setStored(mine);
    const page = await openOptions();
    const choose = async () => {
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      const preview = page.getByRole('region', { name: 'Import team.json?' });
      await preview.waitFor();
      return preview;
    };

    let preview = await choose();
    // Focus lands on the preview, which lists each change by kind of setting.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Import team.json?');
    const rows = await preview.getByRole('listitem').allTextContents();
    expect(rows).toEqual([
      'Replaced DPOD: on → off',
      'Replaced http://shared.localhost: Dropsuite → DPOD',
      'Added http://theirs.localhost (Console recognised from the page)',
      'Removed http://mine.localhost (Dropsuite) (Merge keeps it)',
      'Removed every status · DPOD: “Backups run at night.” (Merge keeps it)',
      'Added Space Full · Dropsuite › Backups: “Call the account manager.”',
    ]);
    await preview.screenshot({ path: join(tmpdir(), 'status-lens-import-preview.png') });

    // Cancel: nothing changes, and the page says so.
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => preview.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Did not import team.json' }).isVisible())
      .toBe(true);
    expect(await stored()).toEqual(mine);

    // Merge: the file's added, the file's winning on the shared host, nothing removed.
    preview = await choose();
    await preview.getByRole('button', { name: 'Merge' }).click();
    await expect
      .poll(() => stored())
      .toEqual({
        products: file.settings.products,
        hosts: [mine.hosts[0], file.settings.hosts[0], file.settings.hosts[1]],
        notes: [...mine.notes, ...file.settings.notes],
        deskEntries: [],
      });
    const merged = page.getByRole('status').filter({ hasText: 'Imported team.json (merged)' });
    await expect.poll(() => merged.isVisible()).toBe(true);
    // It replaced the shared host's console: Undo puts everything back.
    await merged.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stored()).toEqual(mine);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Put back the settings' }).isVisible())
      .toBe(true);

    // Replace: the settings become the file's.
    preview = await choose();
    await preview.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => stored()).toEqual(file.settings);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Imported team.json (replaced)' }).textContent())
      .toContain('2 added, 2 replaced, 2 removed');
    expect(await page.getByRole('listitem').filter({ hasText: 'http://mine.localhost' }).count()).toBe(0);
    await page.close();
    await setStored(undefined);
  });
});

describe('desk notes and entries', () => {
  it('"Add a desk note" opens the form filled in; plain text only; the note shows in the popup, as the desk’s', async () => {
    await setStored(undefined);
    const label = 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE';
    // The card's button sends this message; any extension context may.
    const opener = await browser.openExtensionPage('popup.html');
    const [page] = await Promise.all([
      browser.context.waitForEvent('page'),
      opener.evaluate(
        (l) => chrome.runtime.sendMessage({ type: 'add-desk-note', product: 'dpod', section: 'executions', label: l }),
        label,
      ),
    ]);
    await page.getByRole('heading', { name: 'Desk notes' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/options.html');
    const form = page.getByRole('form', { name: 'Add a desk note' });
    expect(await form.getByRole('combobox', { name: 'Console' }).inputValue()).toBe('dpod');
    expect(await form.getByRole('combobox', { name: 'Section' }).inputValue()).toBe('executions');
    // A field with the catalog's labels to choose from: a combobox.
    expect(await form.getByRole('combobox', { name: /Status/ }).inputValue()).toBe(label);
    const note = form.getByRole('textbox', { name: 'Note' });
    // The focus waits in the note, the one field left to fill.
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.type('See <a href="https://x.example">this</a>');
    await page.keyboard.press('Tab');
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('The note holds markup; desk text is plain text.');
    expect((await stored()) ?? { notes: [] }).toMatchObject({ notes: [] });

    await note.fill('Call the storage team before freeing space.');
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => stored())
      .toMatchObject({
        notes: [{ product: 'dpod', section: 'executions', label, text: 'Call the storage team before freeing space.' }],
      });
    const listed = page.getByRole('region', { name: 'Desk notes' }).getByRole('listitem');
    expect(await listed.textContent()).toContain('Call the storage team');

    const url = server.url('dpod/executions.html');
    const tab = await openTab(url);
    await expect.poll(() => markedCount(tab)).toBeGreaterThan(0);
    const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('option', { name: new RegExp(label) }).click();
    const detail = popup.locator('.detail');
    await expect.poll(() => detail.textContent()).toContain('Call the storage team before freeing space.');
    expect(await detail.textContent()).toContain('Your desk');

    await listed.getByRole('button', { name: /Remove/ }).click();
    await expect.poll(() => stored()).toMatchObject({ notes: [] });
    await Promise.all([opener.close(), page.close(), tab.close(), popup.close()]);
  });

  it('a flood of requests opens one options tab, reusing one open already, at the form asked for', async () => {
    const optionsPages = () => browser.context.pages().filter((p) => p.url().includes('/options.html'));
    const labelOf = (page: Page) => new URL(page.url()).searchParams.get('label');
    expect(optionsPages()).toHaveLength(0);
    // Each sender is a tab of its own: the background lets one request of a tab through per interval
    // (tests/unit/background/desk-tab.test.ts), so a fresh sender is let through without waiting the interval out.
    const sender = async () => {
      const page = await browser.openExtensionPage('popup.html');
      const send = (type: string, label: string, times: number) =>
        page.evaluate(
          ({ t, l, n }) => {
            for (let i = 0; i < n; i++) {
              void chrome.runtime.sendMessage({ type: t, product: 'dpod', section: null, label: l });
            }
          },
          { t: type, l: label, n: times },
        );
      return { page, send };
    };

    // An options tab the user opened is found and sent to the form: no tab is added.
    const first = await sender();
    const own = await openOptions();
    await first.send('add-desk-note', 'FLOOD_NOTE', 40);
    await expect.poll(() => labelOf(own)).toBe('FLOOD_NOTE');
    await own.getByRole('heading', { name: 'Desk notes' }).waitFor();
    expect(optionsPages()).toEqual([own]);
    await own.close();

    // None open: one is opened for a burst, whose rest is dropped, and a request from elsewhere reuses it.
    const second = await sender();
    await second.send('add-desk-note', 'SECOND_BURST', 40);
    await expect.poll(() => optionsPages().length).toBe(1);
    const [page] = optionsPages();
    if (!page) throw new Error('no options tab');
    await page.getByRole('heading', { name: 'Desk notes' }).waitFor();
    expect(labelOf(page)).toBe('SECOND_BURST');
    expect(optionsPages()).toHaveLength(1);
    const third = await sender();
    await third.send('add-desk-entry', 'LATER_ENTRY', 1);
    await expect.poll(() => labelOf(page)).toBe('LATER_ENTRY');
    expect(optionsPages()).toHaveLength(1);
    await Promise.all([first.page.close(), second.page.close(), third.page.close(), page.close()]);
  });

  it('explains a status the catalog does not know, and refuses one it knows', async () => {
    await setStored(undefined);
    const page = await openOptions();
    const form = page.getByRole('form', { name: 'Explain a status' });
    await form.getByRole('combobox', { name: 'Console' }).selectOption('dpod');
    await form.getByRole('textbox', { name: /Status/ }).fill('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
    await form.getByRole('textbox', { name: 'What it means' }).fill('Our own words.');
    await form.getByRole('button', { name: 'Add desk entry' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('The catalog already explains');

    await form.getByRole('textbox', { name: /Status/ }).fill('EXECUTION_CHECK_CERT_EXPIRY_WARNING');
    await form.getByRole('combobox', { name: 'Severity' }).selectOption('error');
    await form.getByRole('textbox', { name: /What to do/ }).fill('Renew the certificate.\n\nTell the desk lead.');
    await form.getByRole('button', { name: 'Add desk entry' }).click();
    await expect
      .poll(() => stored())
      .toMatchObject({
        deskEntries: [
          {
            product: 'dpod',
            section: null,
            label: 'EXECUTION_CHECK_CERT_EXPIRY_WARNING',
            severity: 'error',
            meaning: 'Our own words.',
            steps: ['Renew the certificate.', 'Tell the desk lead.'],
          },
        ],
      });

    // This page counts it by its severity.
    const url = server.url('dpod/executions.html');
    const tab = await openTab(url);
    const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const desk = popup
      .getByRole('group', { name: /Errors/ })
      .getByRole('option', { name: /EXECUTION_CHECK_CERT_EXPIRY_WARNING/ });
    await expect.poll(() => desk.count()).toBe(1);
    await Promise.all([page.close(), tab.close(), popup.close()]);
    await setStored(undefined);
  });
});

describe('a desk that can trust its notes', () => {
  it('warns on a status label nothing has, suggesting the nearest; notes and entries are edited in place, with Undo', async () => {
    await setStored(undefined);
    const page = await openOptions();
    const form = page.getByRole('form', { name: 'Add a desk note' });
    await form.getByRole('combobox', { name: 'Console' }).selectOption('dropsuite');
    await form.getByRole('combobox', { name: 'Section' }).selectOption('backups');
    const status = form.getByRole('combobox', { name: /Status/ });
    // The console's labels of that section are offered.
    const offered = await form.locator('datalist option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
    expect(offered).toContain('Space Full');
    expect(offered).not.toContain('Expired');
    await status.fill('Spce Full');
    const warning = form.getByText('No status of Dropsuite › Backups is called “Spce Full”');
    await warning.waitFor();
    expect(await description(status)).toContain('Did you mean');
    await form.getByRole('button', { name: 'Use Space Full' }).click();
    expect(await status.inputValue()).toBe('Space Full');
    expect(await warning.count()).toBe(0);
    await form.getByRole('textbox', { name: 'Note' }).fill('Call the account manager.');
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect
      .poll(() => stored())
      .toMatchObject({ notes: [{ label: 'Space Full', text: 'Call the account manager.' }] });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Added a desk note on Space Full' }).isVisible())
      .toBe(true);

    // Edit: the form takes the note, saves it in its place, and Undo puts the old words back.
    const notes = page.getByRole('region', { name: 'Desk notes' });
    await notes.getByRole('button', { name: 'Edit Space Full · Dropsuite › Backups' }).click();
    const edit = page.getByRole('form', { name: 'Edit a desk note' });
    const text = edit.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text.inputValue()).toBe('Call the account manager.');
    await text.fill('Call the account manager before adding storage.');
    await edit.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => stored())
      .toMatchObject({ notes: [{ label: 'Space Full', text: 'Call the account manager before adding storage.' }] });
    expect((await stored()).notes).toHaveLength(1);
    const saved = page.getByRole('status').filter({ hasText: 'Saved the note on Space Full' });
    await saved.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stored()).toMatchObject({ notes: [{ text: 'Call the account manager.' }] });

    // A desk entry, edited the same way; removing it offers Undo.
    const entries = page.getByRole('form', { name: 'Explain a status' });
    await entries.getByRole('combobox', { name: 'Console' }).selectOption('dpod');
    await entries.getByRole('textbox', { name: /Status/ }).fill('EXECUTION_PAUSED_BY_VENDOR');
    await entries.getByRole('textbox', { name: 'What it means' }).fill('Paused for maintenance.');
    await entries.getByRole('button', { name: 'Add desk entry' }).click();
    await expect.poll(() => stored()).toMatchObject({ deskEntries: [{ label: 'EXECUTION_PAUSED_BY_VENDOR' }] });
    const region = page.getByRole('region', { name: 'Desk entries' });
    await region.getByRole('button', { name: 'Edit EXECUTION_PAUSED_BY_VENDOR · DPOD' }).click();
    const editEntry = page.getByRole('form', { name: 'Edit a desk entry' });
    await editEntry.getByRole('combobox', { name: 'Severity' }).selectOption('error');
    await editEntry.getByRole('textbox', { name: 'What it means' }).fill('Paused by the vendor; it does not resume.');
    await editEntry.getByRole('button', { name: 'Save desk entry' }).click();
    await expect
      .poll(() => stored())
      .toMatchObject({
        deskEntries: [
          {
            label: 'EXECUTION_PAUSED_BY_VENDOR',
            severity: 'error',
            meaning: 'Paused by the vendor; it does not resume.',
          },
        ],
      });
    await region.getByRole('button', { name: 'Remove EXECUTION_PAUSED_BY_VENDOR · DPOD' }).click();
    await expect.poll(() => stored()).toMatchObject({ deskEntries: [] });
    const removed = page
      .getByRole('status')
      .filter({ hasText: 'Removed the desk entry for EXECUTION_PAUSED_BY_VENDOR' });
    await removed.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stored()).toMatchObject({ deskEntries: [{ severity: 'error' }] });
    await page.close();
    await setStored(undefined);
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (scheme) => {
  it('has no serious or critical axe violation with notices, an error and hosts showing', async () => {
    await setStored({
      products: { dropsuite: true, dpod: 'junk', mxhero: false },
      hosts: [
        { pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' },
        { pattern: 'http://ok.localhost/*', product: 'dropsuite' },
        { pattern: '*.com', product: 'dpod' },
      ],
    });
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Consoles' }).waitFor();
    await page.getByRole('textbox', { name: 'Console address' }).fill('*');
    await page.getByRole('button', { name: 'Add host' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByText('Permission missing').waitFor();
    const { violations, passes } = await axeCheck(page);
    expect(passes).toBeGreaterThan(0);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), `status-lens-options-${scheme}.png`), fullPage: true });
    await page.close();
    await setStored(undefined);
  });
});
