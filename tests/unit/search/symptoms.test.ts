import { describe, expect, it } from 'vitest';
import { CATALOG, type ProductId } from '../../../catalog';
import { searchCatalog } from '../../../catalog/search';

/**
 * What a technician types, and the status that answers it. Each expected first result is read off the seeds: the
 * seed row that tells of the symptom (issue 31 lists the first twelve, which missed or ranked another status first).
 */
const SYMPTOMS: Array<[query: string, first: string, products?: ProductId[]]> = [
  // Issue 31.
  ['too many requests', 'dropsuite.backups.connection-error'], // "Microsoft throttling"
  ['429', 'dropsuite.backups.connection-error'],
  ['token expired', 'dropsuite.dashboard.need-reauthentication', ['dropsuite']], // "device code ... expired"
  ['backup failed', 'dropsuite.backups.retrying', ['dropsuite']], // Backups' unknown error
  ['backup not running', 'dropsuite.backups.preparing-backup'],
  ['scheduled backup did not run', 'dpod.executions.execution-canceled-because-maintenance-window', ['dpod']],
  ['hung backup', 'dpod.executions.execution-failed-long-running'], // "may still be executing"
  ['mailbox password changed', 'dropsuite.backups.authentication-error'], // "Account's password changed"
  ['halt', 'dpod.executions.skipped-because-error-policy'],
  ['STORAGE_USR_WITH_EROR', 'mxhero.notifications.storage-user-with-error'],
  ['permission denied', 'mxhero.notifications.storage-credential-no-access'], // "validate provider permissions"
  ['cannot download', 'dropsuite.downloads.failed'],
  // Dropsuite.
  ['wrong password', 'dropsuite.backups.authentication-error'],
  ['link expired', 'dropsuite.downloads.expired'],
  ['download link', 'dropsuite.downloads.completed'],
  ['subscription storage full', 'dropsuite.backups.space-full'],
  ['destination mailbox full', 'dropsuite.migrates.space-full'],
  ['global admin deleted', 'dropsuite.dashboard.need-reauthentication'],
  ['device code expired', 'dropsuite.dashboard.need-reauthentication'],
  ['verify and continue', 'dropsuite.dashboard.need-reauthentication'],
  ['mime error', 'dropsuite.backups.partially-complete'],
  ['eml files failing', 'dropsuite.backups.partially-complete'],
  ['force backup', 'dropsuite.backups.retrying'],
  ['migration stuck in queue', 'dropsuite.migrates.on-queue'],
  ['restore edit password', 'dropsuite.restores.authentication-error'],
  ['retries exhausted', 'dropsuite.migrates.cancelled'],
  ['export running', 'dropsuite.downloads.in-progress'],
  ['download never starts', 'dropsuite.downloads.on-queue'],
  // DPOD.
  ['dr mode', 'dpod.executions.device-not-in-dr-mode'],
  ['corrupt backup', 'dpod.executions.execution-secure-backup-wrong-file-hash'],
  ['apic domain', 'dpod.executions.skipped-apic-domain'],
  ['device pattern', 'dpod.executions.skipped-no-devices-matching-pattern'],
  ['certificate not found', 'dpod.executions.cert-doesnt-exist-on-device', ['dpod']],
  ['error policy ignore', 'dpod.executions.skipped-because-error-policy'],
  ['pre-plan script failed', 'dpod.executions.plan-failed-pre-script'],
  ['nfs full', 'dpod.executions.execution-pre-checks-nfs-out-of-space'],
  ['backup directory missing', 'dpod.executions.execution-pre-checks-nfs-directory-not-found'],
  ['domain already quiesced', 'dpod.executions.execution-pre-checks-domain-is-already-quiesced'],
  ['no files downloaded', 'dpod.executions.failed-no-files-downloaded'],
  ['quiesce timeout', 'dpod.executions.execution-quiesce-timeout-occurred'],
  ['unquiesce timeout', 'dpod.executions.execution-unquiesce-timeout-occurred'],
  ['soma error', 'dpod.executions.execution-export-domain-persisted-soma-error'],
  ['zip not saved', 'dpod.executions.execution-export-domain-persisted-savefile-exception'],
  ['hash mismatch', 'dpod.executions.execution-secure-backup-wrong-file-hash'],
  ['internal error', 'dpod.executions.execution-failed-with-internal-exception'],
  // mxHERO.
  ['box disconnected', 'mxhero.notifications.storage-credential-no-access'],
  ['quota full', 'mxhero.notifications.storage-error', ['mxhero']],
  ['webhook deleted', 'mxhero.notifications.web-hook-deleted'],
  ['folder move conflict', 'mxhero.notifications.web-hook-removed-by-move-conflict'],
  ['accounts failed to sync', 'mxhero.notifications.accounts-and-groups-source-sync-error'],
  ['user disabled', 'mxhero.notifications.storage-user-with-error'],
  ['max retries', 'mxhero.notifications.connection-error-max-retry'],
  ['directory sync warnings', 'mxhero.notifications.accounts-and-groups-source-sync-warning'],
  ['payload too large', 'mxhero.notifications.store-in-ai-error'],
  ['s/mime signature', 'mxhero.notifications.smime-error'],
  ['stack trace', 'mxhero.notifications.execution-unexpected-error'],
  ['rule action failed', 'mxhero.notifications.execution-failed'],
];

const first = (query: string, products?: ProductId[]) => searchCatalog(query, { limit: 5, products })[0]?.entry.id;

describe('a symptom finds its status first', () => {
  it.each(SYMPTOMS)('%s → %s', (query, expected, products) => {
    expect(
      CATALOG.some((e) => e.id === expected),
      `${expected} is an entry`,
    ).toBe(true);
    expect(first(query, products)).toBe(expected);
  });

  it('holds the issue’s queries and forty more', () => {
    expect(SYMPTOMS.length).toBeGreaterThanOrEqual(52);
    expect(new Set(SYMPTOMS.map(([q, , p]) => `${q}|${p ?? ''}`)).size).toBe(SYMPTOMS.length);
  });
});

describe('a code typed with a typo finds its status first', () => {
  /** The code with letters dropped: one from 8 letters, two from 16, none at the ends. */
  function misspelled(code: string): string {
    const letters = [...code];
    const drops = Math.min(2, Math.floor(code.replace(/_/g, '').length / 8));
    for (let i = 1; i <= drops; i++) {
      const at = Math.floor((letters.length * i) / (drops + 1));
      const letter = letters.findIndex((c, j) => j >= at && c !== '_');
      if (letter > 0) letters.splice(letter, 1);
    }
    return letters.join('');
  }

  /** Levenshtein distance of two codes, case and underscores aside. */
  function distance(a: string, b: string): number {
    const [x, y] = [a, b].map((s) => s.toLowerCase().replace(/_/g, '')) as [string, string];
    let row = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
      const next = [i];
      for (let j = 1; j <= y.length; j++) {
        next.push(
          Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1)),
        );
      }
      row = next;
    }
    return row[y.length] ?? 0;
  }

  const codes = CATALOG.filter((e) => e.product !== 'dropsuite').flatMap((e) =>
    e.labels.filter((l) => l.replace(/_/g, '').length >= 8).map((l) => [misspelled(l), l, e.id] as const),
  );
  // A typo as near another status's code as its own ("EXECUTION_NQUIESC_STARTED") names neither for sure.
  const nearest = codes.filter(([typo, code, id]) =>
    CATALOG.every((e) => e.id === id || e.labels.every((l) => distance(typo, l) > distance(typo, code))),
  );

  it.each(nearest)('%s (%s)', (typo, code, id) => {
    expect(typo).not.toBe(code);
    expect(first(typo)).toBe(id);
  });

  it('tries nearly every code', () => {
    expect(nearest.length).toBeGreaterThan(codes.length * 0.9);
  });

  it('takes two typos in a long code, and does not take a typo for another code', () => {
    expect(first('STORAGE_USR_WITH_EROR')).toBe('mxhero.notifications.storage-user-with-error');
    expect(first('EXECUTION_QUIESCE_TIMOUT_OCURRED')).toBe('dpod.executions.execution-quiesce-timeout-occurred');
    // One letter apart from both EXECUTION_QUIESCE_STARTED and the UNQUIESCE code it is not.
    expect(first('EXECUTION_QUIESCE_STARTD')).toBe('dpod.executions.execution-quiesce-started');
    // Too far from any code: no typo tier, only the words.
    expect(searchCatalog('STORAGE_ERRR_WITH_USR_X', { limit: 50 }).some((h) => h.score === 0)).toBe(false);
  });
});
