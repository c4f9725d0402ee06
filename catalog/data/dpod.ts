import type { EntryInput } from '../schema';

// Facts from ../shared/seeds/dpod-backup-task-statuses.txt, every sentence in our own words.
// One entry per seed row; a row's codes share the entry's explanation and are all labels.

const SHOWN =
  'Shown for the task in a backup plan execution under Manage › Maintenance › Backup, and in its execution log.';

export const DPOD: EntryInput[] = [
  {
    id: 'dpod.executions.success',
    product: 'dpod',
    section: 'executions',
    labels: ['SUCCESS'],
    severity: 'success',
    meaning: 'The backup task ran to the end and its files were saved.',
    cause: 'Every stage of the task completed without an error.',
    steps: [],
    noAction: 'Nothing to do: the backup is done.',
    shownAt: SHOWN,
    searchWords: ['backup done', 'backup ok', 'succeeded', 'finished'],
  },
];
