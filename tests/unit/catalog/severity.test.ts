import { describe, expect, it } from 'vitest';
import { CATALOG, type Entry, lookup, type Severity } from '../../../catalog';
import { DPOD_SEED, DROPSUITE_SEED, seedRowText } from './seeds';

/*
 * One scale for every product, by what the status means for the job (README, "Severity"):
 * success — it did its work; progress — queued or running, no outcome yet; info — nothing went wrong and
 * nothing is at stake; warning — part of the work is not done or at risk, and it may clear by itself;
 * error — the work was not done (or part of it failed) and someone has to act.
 * The tests read the seed's own words for each status, so a severity set by hand against them fails.
 */

const ownRow = (e: Entry, file: string) =>
  e.sources.find((s) => s.kind === 'seed' && s.file === file && e.labels.some((l) => s.row.includes(l)));

describe('DPOD: by what the task description says', () => {
  /** Statuses whose description says the task did not do its work. */
  const NOT_DONE =
    /task failed|will not execute|was not executed|error|failed|timeout occurred|empty file|manual intervention/i;
  // DPOD cannot back up an API Connect domain: left out by design, nothing went wrong and nobody can act.
  const BY_DESIGN = new Set(['SKIPPED_APIC_DOMAIN']);

  function expected(e: Entry): Severity {
    const source = ownRow(e, DPOD_SEED);
    // The description cell only: the codes cell of an unquiesce row holds ON_ERROR codes.
    const row = source?.kind === 'seed' ? (seedRowText(DPOD_SEED, source.row) ?? '') : '';
    const description = row.split(' | ')[1] ?? '';
    if (e.labels.some((l) => BY_DESIGN.has(l))) return 'info';
    // An unquiesce "on error" follows a failed step: the backup was not done.
    if (e.labels.some((l) => l.includes('_ON_ERROR_'))) return 'error';
    if (NOT_DONE.test(description)) return 'error';
    if (/successfully/i.test(description)) return 'success';
    return 'progress';
  }

  it.each(CATALOG.filter((e) => e.product === 'dpod').map((e) => [e.labels[0], e] as const))('%s', (_l, e) => {
    expect(e.severity).toBe(expected(e));
  });

  it('gives the statuses the issue names the weight of their meaning', () => {
    const severity = (code: string) => lookup('dpod', undefined, code)?.severity;
    expect(severity('EXECUTION_FAILED_LONG_RUNNING')).toBe('error');
    for (const code of [
      'EXECUTION_UNQUIESCE_ON_ERROR_STARTED',
      'EXECUTION_UNQUIESCE_ON_ERROR_WAITING_FOR_UNQUIESCE',
      'EXECUTION_UNQUIESCE_ON_ERROR_TIMEOUT_OCCURRED',
    ]) {
      expect(severity(code), code).toBe('error');
    }
    expect(severity('EXECUTION_UNQUIESCE_STARTED')).toBe('progress');
    // Neither backed anything up, and both need someone to act.
    expect(severity('SKIPPED_NO_DEVICES_MATCHING_PATTERN')).toBe(severity('SKIPPED_DEVICE_NOT_AVAILABLE'));
    expect(severity('SKIPPED_DEVICE_NOT_AVAILABLE')).toBe('error');
  });
});

describe('mxHERO: by the level the vendor gives', () => {
  // A notification of a job that finished without error is the job's success, whatever its INFO level.
  const SUCCEEDED = new Set(['task_finished_without_error']);
  const BY_LEVEL: Record<string, Severity> = { ERROR: 'error', WARN: 'warning', INFO: 'info' };

  it.each(CATALOG.filter((e) => e.product === 'mxhero').map((e) => [e.labels[0], e] as const))('%s', (label, e) => {
    const level = e.notification?.level ?? '';
    expect(e.severity).toBe(SUCCEEDED.has(label ?? '') ? 'success' : BY_LEVEL[level]);
  });
});

describe('Dropsuite: by label, and by whether the seed says it clears by itself', () => {
  const BY_LABEL: Record<string, Severity> = {
    'In Progress': 'progress',
    'Preparing Backup': 'progress',
    'On Queue': 'progress',
    Completed: 'success',
    Retrying: 'warning',
    Expired: 'info',
    Failed: 'error',
    Cancelled: 'error',
    'Connection Error': 'error',
    'Authentication Error': 'error',
    'Space Full': 'error',
    'Need Reauthentication': 'error',
  };

  it.each(CATALOG.filter((e) => e.product === 'dropsuite').map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const label = e.labels[0] ?? '';
    if (label === 'Partially Complete') {
      // Part of the mail is missing: a warning where the status changes on its own, an error where support must act.
      const source = ownRow(e, DROPSUITE_SEED);
      const text = source?.kind === 'seed' ? (seedRowText(DROPSUITE_SEED, source.row) ?? '') : '';
      expect(e.severity).toBe(/change automatically/i.test(text) ? 'warning' : 'error');
    } else {
      expect(e.severity).toBe(BY_LABEL[label]);
    }
  });
});
