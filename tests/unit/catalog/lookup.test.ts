import { describe, expect, it } from 'vitest';
import { entriesForLabel, lookup } from '../../../catalog';

describe('lookup by product, section and label', () => {
  it.each([
    ['dropsuite', 'migrates', 'Failed', 'dropsuite.migrates.failed'],
    ['dropsuite', 'downloads', 'failed', 'dropsuite.downloads.failed'],
    ['dropsuite', 'backups', 'In  Progress', 'dropsuite.backups.in-progress'],
    ['dropsuite', 'backups', 'Running', 'dropsuite.backups.in-progress'],
    ['dropsuite', 'downloads', 'Completed/Link', 'dropsuite.downloads.completed'],
    ['dpod', undefined, 'EXECUTION_PRE_CHECKS_STARTED', 'dpod.executions.sent-to-mdb'],
    ['mxhero', undefined, 'STORAGE_USER_WITH_ERROR', 'mxhero.notifications.storage-user-with-error'],
  ] as const)('%s %s %s', (product, section, label, id) => {
    expect(lookup(product, section, label)?.id).toBe(id);
  });

  it('finds nothing for a label of another section or product', () => {
    expect(lookup('dropsuite', 'backups', 'Failed')).toBeUndefined();
    expect(lookup('dropsuite', 'downloads', 'Expired')?.id).toBe('dropsuite.downloads.expired');
    expect(lookup('dropsuite', 'backups', 'Expired')).toBeUndefined();
    expect(lookup('dpod', undefined, 'storage_error')).toBeUndefined();
    expect(entriesForLabel('mxhero', 'SUCCESS')).toEqual([]);
    // A link in a Downloads row is not a status; the seed's "Completed/Link" is.
    expect(lookup('dropsuite', 'downloads', 'Link')).toBeUndefined();
  });
});
