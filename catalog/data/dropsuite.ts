import type { EntryInput } from '../schema';

// Facts from ../shared/seeds/dropsuite-errors-and-statuses.txt, every sentence in our own words.
// One entry per status per section: the same label in two sections has its own cause and steps.

const STATUS_PAGE = (section: string) => `Shown on the System Status page, on the ${section} tab.`;

export const DROPSUITE: EntryInput[] = [
  {
    id: 'dropsuite.backups.retrying',
    product: 'dropsuite',
    section: 'backups',
    labels: ['Retrying'],
    severity: 'warning',
    meaning: 'The last backup attempt hit an error and the system is trying again on its own.',
    cause: 'An error the platform could not classify interrupted the connection to the mail server.',
    steps: [
      'Wait: the system reconnects to the mail server every 30 minutes, up to 25 times, without any action from you.',
      'If you are a reseller and cannot wait, start a run at once with the Force Backup option.',
      'If the status is still Retrying after the 25 attempts, contact support with the Mailbox Email ID.',
    ],
    shownAt: STATUS_PAGE('Backups'),
    facts: [
      { label: 'Reconnects every', value: 30, unit: 'minutes' },
      { label: 'Gives up after', value: 25, unit: 'attempts' },
    ],
    searchWords: ['retry', 'retrying backup', 'force backup', 'backup stuck', 'unknown error', 'keeps retrying'],
  },
];
