import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Entry, type EntryInput, entryById } from '../../../catalog';
import { EntrySchema } from '../../../catalog/schema';
import {
  EXPLANATION_CSS,
  factText,
  GENERAL_ADVICE_LABEL,
  NO_VENDOR_STEP,
  renderExplanation,
  renderSources,
  SEVERITY_TEXT,
  SOURCES_HEADING,
  sourceText,
  ticketText,
} from '../../../components/explanation/explanation';

// An explicit jsdom window rather than the jsdom test environment: under that environment the WXT
// Vitest plugin's setup file (wxt/testing → vite) fails to load ("The URL must be of scheme file").
// The component takes its document as a parameter, so nothing here needs DOM globals.
const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
const { document, navigator } = window;

// Entries written here against the schema, so the tests do not depend on how far the data files are.
const make = (input: EntryInput): Entry => EntrySchema.parse(input);

const migrateFailed = make({
  id: 'dropsuite.migrates.failed',
  product: 'dropsuite',
  section: 'migrates',
  labels: ['Failed'],
  severity: 'error',
  meaning: 'The migration stopped on an error the platform could not identify.',
  cause: 'An unknown error occurred on the platform while migrating.',
  steps: ['Wait a few hours for the status to move on.', 'If it still shows Failed, contact support.'],
  shownAt: 'Shown on the System Status page, on the Migrates tab.',
  menuPaths: [['End-User Portal', 'Account Settings', 'Credentials']],
  facts: [
    { label: 'Reconnects every', value: 30, unit: 'minutes' },
    { label: 'Retries up to', value: 25, unit: 'times' },
  ],
  searchWords: ['migration failed', 'unknown error'],
  sources: [{ kind: 'seed', file: 'dropsuite-errors-and-statuses.txt', row: 'Migration Errors & Statuses › Failed' }],
});

const reauth = make({
  id: 'dropsuite.dashboard.need-reauthentication',
  product: 'dropsuite',
  section: 'dashboard',
  labels: ['Need Reauthentication'],
  severity: 'error',
  meaning: 'The backup has lost the authorisation it needs to reach the mail service.',
  cause: 'The global admin was deleted, the backup admin lacks permission, or the device code expired.',
  steps: ['Find which situation below applies and follow its steps.'],
  shownAt: 'Shown on the backup dashboard page.',
  scenarios: [
    {
      situation: 'The global admin account was deleted or removed.',
      steps: ['Click the Continue button.', 'Go through the authentication that follows.'],
      button: 'Continue',
    },
    {
      situation: 'The device code was deleted or has expired.',
      steps: ['Complete step 2, Device Authorization.'],
      button: 'Verify & Continue',
    },
  ],
  searchWords: ['credentials revoked', 'device code expired'],
  sources: [{ kind: 'seed', file: 'dropsuite-errors-and-statuses.txt', row: '"Need Reauthentication" Errors' }],
});

const storageNoAccess = make({
  id: 'mxhero.notifications.storage-credential-no-access',
  product: 'mxhero',
  section: 'notifications',
  labels: ['storage_credential_no_access'],
  severity: 'error',
  notification: { module: 'storage', type: 'STORAGE', level: 'ERROR' },
  meaning: 'The storage credentials lost access or became invalid.',
  cause: 'The token was revoked or the account password changed.',
  steps: [],
  noAction: 'Nothing to do here: reconnect the storage account instead.',
  shownAt: 'Shown in the Notifications list of the Mail2Cloud dashboard.',
  searchWords: ['token revoked', 'box access lost'],
  sources: [{ kind: 'seed', file: 'mxhero-notification-error-codes.txt', row: 'storage_credential_no_access' }],
});

const dpodStarted = make({
  id: 'dpod.executions.sent-to-mdb',
  product: 'dpod',
  section: 'executions',
  labels: ['SENT_TO_MDB', 'EXECUTION_STARTED', 'EXECUTION_PRE_CHECKS_STARTED'],
  severity: 'progress',
  meaning: 'The backup task is running.',
  cause: 'The task passed validation and was started.',
  steps: [],
  noAction: 'Nothing to do: wait for the task to finish.',
  shownAt: 'Shown in the execution list.',
  searchWords: ['running', 'started'],
  sources: [
    {
      kind: 'seed',
      file: 'dpod-backup-task-statuses.txt',
      row: 'SENT_TO_MDB EXECUTION_STARTED EXECUTION_PRE_CHECKS_STARTED',
    },
    {
      kind: 'doc',
      publisher: 'IBM DPOD documentation',
      title: 'Backup Execution (Tasks)',
      url: 'https://montier.atlassian.net/wiki/x/YZF0tAM',
    },
  ],
});

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent);

describe('renderExplanation', () => {
  it('shows a Dropsuite status with its console and section, severity as text, and the parts', () => {
    const el = renderExplanation(document, migrateFailed);
    expect(el.classList.contains('sl-explanation')).toBe(true);
    expect(el.querySelector('h3')?.textContent).toBe('Failed');
    expect(el.querySelector('.sl-x-place')?.textContent).toBe('Dropsuite › Migrates');
    const badge = el.querySelector('.sl-x-badge');
    expect(badge?.textContent).toBe(SEVERITY_TEXT.error);
    expect(badge?.getAttribute('data-severity')).toBe('error');
    expect(texts(el, 'h4')).toEqual([
      'What it means',
      'Likely cause',
      'What to do',
      'Menu path',
      'Where it shows',
      SOURCES_HEADING,
    ]);
    expect(el.textContent).toContain(migrateFailed.meaning);
    expect(el.textContent).toContain(migrateFailed.cause);
    expect(el.textContent).toContain(migrateFailed.shownAt);
    expect(el.getAttribute('aria-labelledby')).toBe(el.querySelector('h3')?.id);
  });

  it('renders the steps as a numbered list, or the noAction sentence', () => {
    const el = renderExplanation(document, migrateFailed);
    const steps = el.querySelector('ol.sl-x-steps');
    expect(steps?.tagName).toBe('OL');
    expect(texts(el, 'ol.sl-x-steps > li')).toEqual(migrateFailed.steps);

    const none = renderExplanation(document, dpodStarted);
    expect(none.querySelector('ol.sl-x-steps')).toBeNull();
    expect(none.querySelector('.sl-x-noaction')?.textContent).toBe(dpodStarted.noAction);
  });

  it('follows the heading level it is given', () => {
    const el = renderExplanation(document, migrateFailed, {}, { headingLevel: 2 });
    expect(el.querySelector('h2')?.textContent).toBe('Failed');
    expect(el.querySelectorAll('h3').length).toBeGreaterThan(2);
  });

  it('fills in the ID support asks for, with the value from the row when given', () => {
    const bare = renderExplanation(document, migrateFailed);
    expect(bare.querySelector('.sl-x-support')?.textContent).toBe('Support will ask for: Migration ID');
    const filled = renderExplanation(document, migrateFailed, { label: 'Failed', supportIdValue: 'MIG-20931' });
    expect(filled.querySelector('.sl-x-support')?.textContent).toBe('Support will ask for: Migration ID: MIG-20931');
    // A section without a support ID says nothing about one.
    expect(renderExplanation(document, dpodStarted).querySelector('.sl-x-support')).toBeNull();
  });

  it('shows menu paths as breadcrumbs and facts with their units', () => {
    const el = renderExplanation(document, migrateFailed);
    const path = el.querySelector('ol.sl-x-path');
    expect(path?.getAttribute('aria-label')).toBe('Menu path');
    expect(texts(el, 'ol.sl-x-path .sl-x-step')).toEqual(['End-User Portal', 'Account Settings', 'Credentials']);
    expect(path?.textContent).toBe('End-User Portal›Account Settings›Credentials');
    expect(path?.querySelector('.sl-x-sep')?.getAttribute('aria-hidden')).toBe('true');
    expect(texts(el, '.sl-x-fact')).toEqual(['Reconnects every 30 minutes', 'Retries up to 25 times']);
    expect(factText({ label: 'Retries up to', value: 1, unit: 'times' })).toBe('Retries up to 1 time');
  });

  it('lists each scenario with its situation, steps and the button to press', () => {
    const el = renderExplanation(document, reauth);
    const cases = [...el.querySelectorAll('.sl-x-scenario')];
    expect(cases).toHaveLength(2);
    expect(cases[0]?.querySelector('.sl-x-situation')?.textContent).toBe(
      'The global admin account was deleted or removed.',
    );
    expect(texts(cases[0] as Element, '.sl-x-steps li')).toEqual([
      'Click the Continue button.',
      'Go through the authentication that follows.',
    ]);
    expect(cases[0]?.querySelector('.sl-x-button')?.textContent).toBe('Button to press: Continue');
    expect(cases[1]?.querySelector('.sl-x-key')?.textContent).toBe('Verify & Continue');
    expect(el.querySelector('.sl-x-place')?.textContent).toBe('Dropsuite › Backup dashboard');
  });

  it('shows an mxHERO level, module and type', () => {
    const el = renderExplanation(document, storageNoAccess);
    expect(texts(el, '.sl-x-meta dt')).toEqual(['Level', 'Module', 'Type']);
    expect(texts(el, '.sl-x-meta dd')).toEqual(['ERROR', 'storage', 'STORAGE']);
    expect(el.querySelector('.sl-x-place')?.textContent).toBe('mxHERO › Notifications');
  });

  it('names the other labels of a multi-code row, not the one shown', () => {
    const el = renderExplanation(document, dpodStarted, { label: 'EXECUTION_STARTED' });
    expect(el.querySelector('.sl-x-title')?.textContent).toBe('EXECUTION_STARTED');
    expect(texts(el, '.sl-x-also code')).toEqual(['SENT_TO_MDB', 'EXECUTION_PRE_CHECKS_STARTED']);
  });

  it('never interprets page-controlled strings as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = renderExplanation(document, migrateFailed, { label: evil, supportIdValue: '<b>MIG-1</b>' });
    document.body.append(el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.sl-x-support b')).toBeNull();
    expect(el.querySelector('.sl-x-title')?.textContent).toBe(evil);
    expect(el.querySelector('.sl-x-support')?.textContent).toContain('Migration ID: <b>MIG-1</b>');
    expect(ticketText(migrateFailed, { label: evil })).toContain(`Status: ${evil}`);
    el.remove();
  });

  it('caps very long page text', () => {
    const el = renderExplanation(document, migrateFailed, { label: 'x'.repeat(5000) });
    expect(el.querySelector('.sl-x-title')?.textContent?.length).toBeLessThanOrEqual(200);
  });
});

describe('ticketText', () => {
  it('holds what support needs, in plain text', () => {
    const text = ticketText(migrateFailed, { label: 'Failed', supportIdValue: 'MIG-20931' });
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Status: Failed',
      'Console: Dropsuite › Migrates',
      'Severity: Error',
      'Migration ID: MIG-20931',
    ]);
    expect(text).toContain(`What it means: ${migrateFailed.meaning}`);
    expect(text).toContain(`Likely cause: ${migrateFailed.cause}`);
    expect(text).toContain(`What to do:\n1. ${migrateFailed.steps[0]}\n2. ${migrateFailed.steps[1]}`);
    expect(text).toContain('Reconnects every 30 minutes.');
    expect(text).toContain('Reference: dropsuite.migrates.failed');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('asks for the support ID when the row did not give it, and carries mxHERO level and scenarios', () => {
    expect(ticketText(migrateFailed)).toContain('Migration ID: (add it here)');
    expect(ticketText(storageNoAccess)).toContain('Level: ERROR · Module: storage · Type: STORAGE');
    expect(ticketText(storageNoAccess)).toContain(`What to do: ${storageNoAccess.noAction}`);
    const scenarios = ticketText(reauth);
    expect(scenarios).toContain('Scenario 1: The global admin account was deleted or removed.');
    expect(scenarios).toContain('  Button: Verify & Continue');
  });
});

// An entry whose vendor gives no step: our advice only, shown apart.
const dpodSoma = make({
  id: 'dpod.executions.execution-export-domain-persisted-soma-error',
  product: 'dpod',
  section: 'executions',
  labels: ['EXECUTION_EXPORT_DOMAIN_PERSISTED_SOMA_ERROR'],
  severity: 'error',
  meaning: 'The export of the domain failed.',
  cause: 'The Export Domain request to the device ended in an error.',
  steps: [],
  shownAt: 'In the executions of a backup plan.',
  searchWords: ['soma', 'export failed'],
  sources: [
    { kind: 'seed', file: 'dpod-backup-task-statuses.txt', row: 'EXECUTION_EXPORT_DOMAIN_PERSISTED_SOMA_ERROR' },
    {
      kind: 'doc',
      publisher: 'IBM DPOD documentation',
      title: 'Backup Plan',
      url: 'https://www.ibm.com/docs/en/dpod/1.0.23?topic=backup-plan',
    },
  ],
  generalAdvice: ['Check that the device is up.', 'Run the plan again once the cause is fixed.'],
});

describe('where the explanation comes from', () => {
  it('lists every source, linking the vendor’s pages in a new tab without a referrer', () => {
    const el = renderExplanation(document, dpodStarted);
    const items = [...el.querySelectorAll('.sl-x-sources .sl-x-src')];
    expect(items).toHaveLength(2);
    const [seed, page] = items;
    // The seed is IBM's own page, so it links too; its row is named.
    expect(seed?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/montier\.atlassian\.net\//);
    expect(seed?.querySelector('.sl-x-src-row')?.textContent).toBe(
      'SENT_TO_MDB EXECUTION_STARTED EXECUTION_PRE_CHECKS_STARTED',
    );
    const link = page?.querySelector('a');
    expect(link?.textContent).toBe('Backup Execution (Tasks)');
    expect(link?.getAttribute('href')).toBe('https://montier.atlassian.net/wiki/x/YZF0tAM');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(link?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('names a seed without a public vendor page and links nothing for it', () => {
    const el = renderExplanation(document, migrateFailed);
    const item = el.querySelector('.sl-x-sources .sl-x-src');
    expect(item?.querySelector('a')).toBeNull();
    expect(item?.textContent).toBe(
      'Reseller support article: Dropsuite error and status catalogue, row Migration Errors & Statuses › Failed',
    );
  });

  it('builds links to https only, and keeps titles as text', () => {
    const tricky: Entry = {
      ...dpodStarted,
      sources: [
        {
          kind: 'doc',
          publisher: 'IBM DPOD documentation',
          title: '<img src=x onerror=alert(1)>',
          url: 'javascript:alert(1)',
        },
        { kind: 'doc', publisher: 'IBM DPOD documentation', title: 'Plain', url: 'http://example.com/' },
      ],
    };
    const el = renderSources(document, tricky);
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.sl-x-src-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('can be left out, for a compact view', () => {
    const el = renderExplanation(document, dpodStarted, {}, { showSources: false });
    expect(el.querySelector('.sl-x-sources')).toBeNull();
  });

  it('shows general advice apart from the vendor’s steps, labelled as not theirs', () => {
    const el = renderExplanation(document, dpodSoma);
    expect(el.querySelector('.sl-x-noaction')?.textContent).toBe(NO_VENDOR_STEP);
    const advice = el.querySelector('.sl-x-advice');
    expect(advice?.querySelector('.sl-x-h')?.textContent).toBe('General advice — not from the vendor’s documentation');
    expect(advice?.getAttribute('aria-label')).toBe(GENERAL_ADVICE_LABEL);
    expect(texts(advice as Element, 'li')).toEqual(dpodSoma.generalAdvice);
    // Not inside "What to do", and no step list holds it.
    expect(el.querySelector('.sl-x-todo .sl-x-advice')).toBeNull();
    expect(el.querySelector('ol.sl-x-steps')).toBeNull();
    expect(renderExplanation(document, migrateFailed).querySelector('.sl-x-advice')).toBeNull();
  });

  it('carries the general advice and the sources into the ticket', () => {
    const text = ticketText(dpodSoma);
    expect(text).toContain(`What to do: ${NO_VENDOR_STEP}`);
    expect(text).toContain(
      `${GENERAL_ADVICE_LABEL}:\n- Check that the device is up.\n- Run the plan again once the cause is fixed.`,
    );
    expect(text).toContain(
      'Sources:\n- IBM DPOD documentation: Backup Tasks Status Codes, row EXECUTION_EXPORT_DOMAIN_PERSISTED_SOMA_ERROR — https://',
    );
    expect(text).toContain(
      '- IBM DPOD documentation: Backup Plan — https://www.ibm.com/docs/en/dpod/1.0.23?topic=backup-plan',
    );
    expect(ticketText(migrateFailed)).toContain(
      '- Reseller support article: Dropsuite error and status catalogue, row Migration Errors & Statuses › Failed\n',
    );
    const unsafe = { kind: 'doc', publisher: 'IBM', title: 'Backup Plan', url: 'javascript:alert(1)' } as const;
    expect(sourceText(unsafe)).toBe('IBM: Backup Plan');
    // The reference stays the last line.
    expect(text.split('\n').at(-1)).toBe(`Reference: ${dpodSoma.id} (Status Lens)`);
  });
});

describe('Copy for ticket', () => {
  const writeText = vi.fn<(text: string) => Promise<void>>();
  beforeEach(() => {
    writeText.mockReset();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies the ticket text and says so, visibly and to screen readers', async () => {
    writeText.mockResolvedValue(undefined);
    const onCopied = vi.fn();
    const el = renderExplanation(document, migrateFailed, { supportIdValue: 'MIG-7' }, { onCopied });
    document.body.append(el);
    const button = el.querySelector<HTMLButtonElement>('button.sl-x-copy');
    expect(button?.textContent).toBe('Copy for ticket');
    expect(button?.type).toBe('button');
    button?.click();
    await vi.waitFor(() => expect(onCopied).toHaveBeenCalledOnce());
    expect(writeText).toHaveBeenCalledWith(ticketText(migrateFailed, { supportIdValue: 'MIG-7' }));
    expect(button?.textContent).toMatch(/^Copied/);
    const live = el.querySelector('[aria-live="polite"]');
    expect(live?.getAttribute('role')).toBe('status');
    expect(live?.textContent).toMatch(/Copied/);
    el.remove();
  });

  it('falls back to a hidden textarea and execCommand when the clipboard API refuses', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    let copied = '';
    // jsdom has no execCommand; stand in for the browser's, reading the selected textarea.
    const exec = vi.fn(() => {
      const area = document.activeElement;
      copied = area instanceof window.HTMLTextAreaElement ? area.value : '';
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const onCopied = vi.fn();
    const el = renderExplanation(document, reauth, {}, { onCopied });
    document.body.append(el);
    el.querySelector<HTMLButtonElement>('button.sl-x-copy')?.click();
    await vi.waitFor(() => expect(onCopied).toHaveBeenCalledOnce());
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toBe(ticketText(reauth));
    expect(el.querySelector('textarea')).toBeNull();
    el.remove();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('says when copying failed altogether', async () => {
    writeText.mockRejectedValue(new Error('no'));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const onCopied = vi.fn();
    const el = renderExplanation(document, migrateFailed, {}, { onCopied });
    document.body.append(el);
    el.querySelector<HTMLButtonElement>('button.sl-x-copy')?.click();
    await vi.waitFor(() => expect(el.querySelector('.sl-x-live')?.textContent).toMatch(/Could not copy/));
    expect(onCopied).not.toHaveBeenCalled();
    el.remove();
    Reflect.deleteProperty(document, 'execCommand');
  });
});

describe('EXPLANATION_CSS', () => {
  it('is scoped, uses px sizes, and has light, dark and explicit schemes', () => {
    const rules = EXPLANATION_CSS.replace(/@media[^{]*\{/g, '')
      .split('}')
      .map((r) => r.trim())
      .filter((r) => r.includes('{'));
    for (const rule of rules) {
      // Top-level commas only: `:is(h1,h2)` is one selector.
      const selectors = (rule.split('{')[0] ?? '').replace(/\([^)]*\)/g, '()').split(',');
      for (const s of selectors) expect(s, rule).toContain('.sl-explanation');
    }
    expect(EXPLANATION_CSS).not.toMatch(/\d(r?em)\b/);
    expect(EXPLANATION_CSS).toContain('prefers-color-scheme: dark');
    expect(EXPLANATION_CSS).toContain('[data-scheme="dark"] .sl-explanation');
    expect(EXPLANATION_CSS).toContain('[data-scheme="light"] .sl-explanation');
  });
});

describe('with the catalog', () => {
  it('explains the catalog entries that exist so far without throwing', () => {
    for (const id of ['dropsuite.migrates.failed', 'dropsuite.dashboard.need-reauthentication']) {
      const entry = entryById(id);
      if (!entry) continue; // the data files are still being written
      const el = renderExplanation(document, entry);
      expect(el.querySelector('.sl-x-title')?.textContent).toBe(entry.labels[0]);
    }
  });
});
