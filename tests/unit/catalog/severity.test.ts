import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

describe('Dropsuite: by what the seed row of each entry says', () => {
  /**
   * The row's own words, by the README's rule: a job queued or running is in progress; one completed is a success; a
   * link that lapsed is information; where the vendor says the status changes, or the system tries, by itself, a
   * warning; anything else needs someone to act, an error. Need Reauthentication reads its passage of the seed.
   */
  function expected(e: Entry): Severity {
    const source = ownRow(e, DROPSUITE_SEED) ?? e.sources.find((s) => s.kind === 'seed' && s.file === DROPSUITE_SEED);
    const text = source?.kind === 'seed' ? (seedRowText(DROPSUITE_SEED, source.row) ?? '') : '';
    expect(text, `${e.id} reads its seed row`).not.toBe('');
    if (/\bcurrently (running|in progress|queued|being generated)\b|\bpreparing to execute\b/i.test(text))
      return 'progress';
    if (/\b(completed successfully|has completed|download is completed)\b/i.test(text)) return 'success';
    if (/\blink that was created has expired\b/i.test(text)) return 'info';
    const clearsByItself =
      /\b(status (will change|automatically will change)|will try to change the status|will automatically try|will eventually always switch)\b/i;
    if (clearsByItself.test(text)) return 'warning';
    return 'error';
  }

  it.each(CATALOG.filter((e) => e.product === 'dropsuite').map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(e.severity).toBe(expected(e));
  });

  it('reads the words, not the label: one label weighs differently by section', () => {
    const severity = (section: string, label: string) => lookup('dropsuite', section, label)?.severity;
    // Backups: the status changes by itself within hours. Migrates and Restores: someone has to act.
    expect(severity('backups', 'Connection Error')).toBe('warning');
    expect(severity('migrates', 'Connection Error')).toBe('error');
    expect(severity('backups', 'Partially Complete')).toBe('warning');
    expect(severity('restores', 'Partially Complete')).toBe('error');
    // Migrates and Restores: the system tries to move the status on within hours. Downloads: only support can.
    expect(severity('migrates', 'Failed')).toBe('warning');
    expect(severity('downloads', 'Failed')).toBe('error');
  });
});

describe('the README’s Severity table', () => {
  /** The rows of the table, by severity, with the examples each names in backticks. */
  function readmeExamples(): Array<{ severity: Severity; examples: string[]; text: string }> {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const from = readme.indexOf('### Severity');
    const to = readme.indexOf('\n#', from + 1);
    const section = readme.slice(from, to < 0 ? undefined : to);
    const names: Record<string, Severity> = {
      Success: 'success',
      'In progress': 'progress',
      Info: 'info',
      Warning: 'warning',
      Error: 'error',
    };
    return [...section.matchAll(/^\| (Success|In progress|Info|Warning|Error) \|(.*)$/gm)].map((m) => ({
      severity: names[m[1] ?? ''] ?? 'error',
      text: m[2] ?? '',
      examples: [...(m[2] ?? '').matchAll(/(?:(Backups|Migrates|Restores|Downloads) )?`([^`]+)`/g)].map((x) =>
        x[1] ? `${x[1]}|${x[2]}` : (x[2] ?? ''),
      ),
    }));
  }

  /** The entries an example names: "Migrates|Failed", a code, or codes by a prefix ending in "*". */
  function entriesOf(example: string): Entry[] {
    const [section, label] = example.includes('|') ? example.split('|') : [undefined, example];
    if (section) return CATALOG.filter((e) => e.section === section.toLowerCase() && e.labels.includes(label ?? ''));
    const prefix = label?.endsWith('*') ? label.slice(0, -1) : undefined;
    return CATALOG.filter((e) => e.labels.some((l) => (prefix ? l.startsWith(prefix) : l === label)));
  }

  it('has a row for each severity, and every example it names has that severity in the catalog', () => {
    const rows = readmeExamples();
    expect(rows.map((r) => r.severity)).toEqual(['success', 'progress', 'info', 'warning', 'error']);
    const examples = rows.flatMap((r) => r.examples.map((x) => [r.severity, x] as const));
    expect(examples.length).toBeGreaterThan(8);
    for (const [severity, example] of examples) {
      const entries = entriesOf(example);
      expect(entries.length, `README example ${example}`).toBeGreaterThan(0);
      for (const e of entries) expect(e.severity, `README: ${example} (${e.id})`).toBe(severity);
    }
  });
});
