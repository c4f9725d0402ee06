import { describe, expect, it } from 'vitest';
import { CATALOG, type Entry, lookup } from '../../../catalog';

const factOf = (e: Entry | undefined, unit: string) => e?.facts.filter((f) => f.unit === unit).map((f) => f.value);
const allText = (e: Entry | undefined) => JSON.stringify(e ?? {});

describe('the numbers that matter are structured facts', () => {
  it('Backups › Retrying: every 30 minutes, 25 times, Force Backup', () => {
    const e = lookup('dropsuite', 'backups', 'Retrying');
    expect(factOf(e, 'minutes')).toContain(30);
    expect(factOf(e, 'times')).toContain(25);
    expect(allText(e)).toContain('Force Backup');
  });

  // The seed tells "25 times" under Backups, Migrates and Restores alike; every 30 minutes and Force Backup
  // under Backups only; no limit at all under Downloads.
  it.each(['migrates', 'restores'])('%s › Retrying: 25 times, without the backup-only facts', (section) => {
    const e = lookup('dropsuite', section, 'Retrying');
    expect(factOf(e, 'times')).toEqual([25]);
    expect(e?.steps.join(' ')).toMatch(/\b25 times\b/);
    expect(factOf(e, 'minutes')).toEqual([]);
    expect(allText(e)).not.toMatch(/Force Backup|30 minutes/);
  });

  it('Downloads › Retrying: no backup facts, and no limit the seed does not tell', () => {
    const e = lookup('dropsuite', 'downloads', 'Retrying');
    expect(e?.facts).toEqual([]);
    expect(allText(e)).not.toMatch(/Force Backup|30 minutes|25|limit/i);
  });

  it('DPOD: 24 hours, 60 minutes, timeout plus 3 minutes', () => {
    expect(factOf(lookup('dpod', undefined, 'EXECUTION_CANCELED_BECAUSE_A_DAY_PASSED'), 'hours')).toContain(24);
    expect(factOf(lookup('dpod', undefined, 'EXECUTION_FAILED_LONG_RUNNING'), 'minutes')).toContain(60);
    expect(factOf(lookup('dpod', undefined, 'EXECUTION_QUIESCE_TIMEOUT_OCCURRED'), 'minutes')).toContain(3);
    expect(factOf(lookup('dpod', undefined, 'EXECUTION_UNQUIESCE_TIMEOUT_OCCURRED'), 'minutes')).toContain(3);
  });

  it('menu paths are lists of steps', () => {
    expect(lookup('dropsuite', 'backups', 'Authentication Error')?.menuPaths).toContainEqual([
      'End-User Portal',
      'Account Settings',
      'Credentials',
    ]);
    expect(lookup('dropsuite', 'restores', 'Authentication Error')?.menuPaths).toContainEqual([
      'End-User Portal',
      'System Status',
      'Restores',
    ]);
  });

  it('every severity of the scale is used, and errors are errors', () => {
    expect(new Set(CATALOG.map((e) => e.severity))).toEqual(
      new Set(['success', 'progress', 'info', 'warning', 'error']),
    );
    expect(lookup('dropsuite', 'backups', 'Space Full')?.severity).toBe('error');
    expect(lookup('dropsuite', 'downloads', 'Completed')?.severity).toBe('success');
    expect(lookup('dpod', undefined, 'EXECUTION_STARTED')?.severity).toBe('progress');
    expect(lookup('mxhero', undefined, 'web_hook_deleted')?.severity).toBe('info');
    expect(lookup('mxhero', undefined, 'web_hook_removed_by_move_conflict')?.severity).toBe('warning');
  });

  it('no sentence keeps a seed typo', () => {
    expect(JSON.stringify(CATALOG)).not.toMatch(/\bit's limit\b|\bdeice\b|\bissue if for\b/i);
  });
});
