import type { EntryInput } from '../schema';

// Facts from ../shared/seeds/mxhero-notification-error-codes.txt (the table only; the page chrome
// around it is ignored), every sentence in our own words.

const SHOWN = 'Shown in the Notifications list of the Mail2Cloud dashboard.';

export const MXHERO: EntryInput[] = [
  {
    id: 'mxhero.notifications.web-hook-moved',
    product: 'mxhero',
    section: 'notifications',
    labels: ['web_hook_moved'],
    severity: 'info',
    notification: { module: 'drag-and-drop', type: 'RULE', level: 'INFO' },
    meaning: 'The folder a webhook points to was changed, and the webhook now follows the new location.',
    cause: 'A folder linked to a drag-and-drop rule was moved or remapped, and the update went through.',
    steps: ['Keep the notification as an audit record.', 'Check that the rule still targets the folder you intend.'],
    shownAt: SHOWN,
    searchWords: ['folder moved', 'webhook updated', 'webhook path changed', 'rule folder'],
  },
];
