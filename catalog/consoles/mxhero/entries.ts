import type { EntryInput, Source } from '../../schema';

// Facts from ../shared/seeds/mxhero-notification-error-codes.txt (the table only; the page chrome
// around it is ignored), every sentence in our own words.
// Levels as the seed defines them: ERROR needs action now, WARN means some functions may be
// affected, INFO is for information. The wording of each entry follows its level.

const SHOWN = 'Under Notifications in Mail2Cloud.';

const SEED = 'mxhero-notification-error-codes.txt';
/** A row of the table, named by its code (the table's rows begin with the module, which several rows share). */
const row = (code: string): Source => ({ kind: 'seed', file: SEED, row: code });
/** What ERROR, WARN and INFO mean, from the passage above the table. */
const LEVELS: Source = { kind: 'seed', file: SEED, row: 'Understanding Error Levels' };

/** The entries, made when first asked (catalog/index.ts): a page is one console, the others' are never built. */
const entries = (): EntryInput[] => [
  // ── storage ──
  {
    id: 'mxhero.notifications.storage-credential-no-access',
    product: 'mxhero',
    section: 'notifications',
    labels: ['storage_credential_no_access'],
    severity: 'error',
    notification: { module: 'storage', type: 'STORAGE', level: 'ERROR' },
    meaning: 'The credentials or token Mail2Cloud uses for cloud storage, such as Box or OneDrive, no longer work.',
    cause: 'What Mail2Cloud signs in to the provider with is no longer valid, or no longer grants access.',
    steps: [
      'Reconnect the storage account in Mail2Cloud and authorize it again with the provider.',
      'Check at the provider that the affected user still has the permissions Mail2Cloud needs.',
    ],
    shownAt: SHOWN,
    sources: [row('storage_credential_no_access'), LEVELS],
    searchWords: [
      'token expired',
      'box disconnected',
      'onedrive access lost',
      'reauthorize',
      'credentials invalid',
      'permission denied',
      'storage access',
    ],
  },
  {
    id: 'mxhero.notifications.storage-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['storage_error'],
    severity: 'error',
    notification: { module: 'storage', type: 'MAIL', level: 'ERROR' },
    meaning:
      'Saving mail to cloud storage went wrong, ending in a failure or in an error or warning state, and needs attention now.',
    cause: 'The storage step of mail processing went wrong; the vendor points at access, quota and folder path.',
    steps: [
      'Open the details of the failed execution to see which message and step failed.',
      'Check that the storage account is still connected, has quota left and that the target folder path exists.',
      'Retry the affected flow once the cause is fixed.',
    ],
    shownAt: SHOWN,
    sources: [row('storage_error'), LEVELS],
    searchWords: [
      'storage failed',
      'upload failed',
      'quota full',
      'storage full',
      'folder path',
      'not saved',
      'box',
      'onedrive',
    ],
  },

  // ── drag-and-drop ──
  {
    id: 'mxhero.notifications.web-hook-deleted',
    product: 'mxhero',
    section: 'notifications',
    labels: ['web_hook_deleted'],
    severity: 'info',
    notification: { module: 'drag-and-drop', type: 'RULE', level: 'INFO' },
    meaning:
      'Someone or something deleted the webhook tied to a rule or folder; mxHERO reports it for information only, with no function said to suffer.',
    cause: 'The webhook was deleted; recent changes to its folder or rule may tell why.',
    steps: [
      'Find out whether someone meant to remove it.',
      'If not, create the webhook mapping again and look over recent changes to the folder and rule.',
    ],
    shownAt: SHOWN,
    sources: [row('web_hook_deleted'), LEVELS],
    searchWords: ['webhook', 'webhook deleted', 'webhook removed', 'webhook missing', 'drag and drop', 'rule folder'],
  },
  {
    id: 'mxhero.notifications.web-hook-removed-by-move-conflict',
    product: 'mxhero',
    section: 'notifications',
    labels: ['web_hook_removed_by_move_conflict'],
    severity: 'warning',
    notification: { module: 'drag-and-drop', type: 'RULE', level: 'WARN' },
    meaning:
      'A folder move clashed with a webhook, so Mail2Cloud removed the webhook; drag-and-drop for that folder may not work until they are linked again.',
    cause:
      'Moving the folder created a conflict with its webhook, and keeping the webhook would have left things inconsistent.',
    steps: [
      'Read the conflict details in the notification.',
      'Link the folder and its webhook again.',
      'Check that the rule path matches where the folder now lives.',
    ],
    shownAt: SHOWN,
    sources: [row('web_hook_removed_by_move_conflict'), LEVELS],
    searchWords: [
      'webhook',
      'folder moved',
      'move conflict',
      'webhook removed',
      'drag and drop broken',
      'relink folder',
    ],
  },
  {
    id: 'mxhero.notifications.web-hook-moved',
    product: 'mxhero',
    section: 'notifications',
    labels: ['web_hook_moved'],
    severity: 'info',
    notification: { module: 'drag-and-drop', type: 'RULE', level: 'INFO' },
    meaning: 'The folder a webhook points to was changed, and the webhook now follows the new location.',
    cause: 'The path or folder mapping of a drag-and-drop webhook changed, and the update went through.',
    steps: ['Keep the notification as an audit record.', 'Check that the rule still targets the folder you intend.'],
    shownAt: SHOWN,
    sources: [row('web_hook_moved'), LEVELS],
    searchWords: ['folder moved', 'webhook updated', 'webhook path changed', 'rule folder'],
  },

  // ── emailsync ──
  {
    id: 'mxhero.notifications.task-finished-with-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['task_finished_with_error'],
    severity: 'error',
    notification: { module: 'emailsync', type: 'RULE', level: 'ERROR' },
    meaning: 'A sync task ended, but some accounts or steps in it failed and were not synced.',
    cause: 'One or more accounts or processes inside the email sync task ran into errors.',
    steps: [
      'Open the task’s execution details.',
      'Note which accounts failed and why.',
      'Fix those causes and retry only the failed accounts.',
    ],
    shownAt: SHOWN,
    sources: [row('task_finished_with_error'), LEVELS],
    searchWords: ['sync failed', 'email sync', 'partial sync', 'accounts failed', 'task error', 'sync errors'],
  },
  {
    id: 'mxhero.notifications.task-finished-without-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['task_finished_without_error'],
    severity: 'success',
    notification: { module: 'emailsync', type: 'RULE', level: 'INFO' },
    meaning: 'A sync task completed and every part of it succeeded.',
    cause: 'The email sync ran without any account or process failing.',
    steps: [],
    noAction: 'Nothing to do: keep it for monitoring and audit.',
    shownAt: SHOWN,
    sources: [row('task_finished_without_error'), LEVELS],
    searchWords: ['sync ok', 'sync done', 'sync succeeded', 'email sync', 'task finished', 'completed'],
  },
  {
    id: 'mxhero.notifications.storage-user-with-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['STORAGE_USER_WITH_ERROR'],
    severity: 'warning',
    notification: { module: 'emailsync', type: 'RULE', level: 'WARN' },
    meaning:
      'A storage user was flagged as unhealthy after failing again and again; work for that user is affected until someone enables it again.',
    cause: 'The same user failed again and again; the account or the provider may be at fault.',
    steps: [
      'Look up the most recent error for that user.',
      'Check the user’s account and the storage provider’s status.',
      'Enable the user again once things are stable.',
    ],
    shownAt: SHOWN,
    sources: [row('STORAGE_USER_WITH_ERROR'), LEVELS],
    searchWords: [
      'user disabled',
      'unhealthy user',
      'repeated failures',
      'storage user',
      're-enable user',
      'user error',
    ],
  },
  {
    id: 'mxhero.notifications.connection-error-max-retry',
    product: 'mxhero',
    section: 'notifications',
    labels: ['connection_error_max_retry'],
    severity: 'error',
    notification: { module: 'emailsync', type: 'RULE', level: 'ERROR' },
    meaning: 'Mail2Cloud gave up connecting after using all its retries, so the work waits until someone acts.',
    cause: 'Connections kept failing; the vendor points at the provider’s API, the credentials and throttling.',
    steps: [
      'Check that the provider and its API can be reached.',
      'Check that the credentials are still valid.',
      'Check whether the provider is throttling requests, and how the queue and its backoff behave.',
      'Retry once the cause is cleared.',
    ],
    shownAt: SHOWN,
    sources: [row('connection_error_max_retry'), LEVELS],
    searchWords: [
      'max retries',
      'connection failed',
      'rate limited',
      'throttling',
      'timeout',
      'api unreachable',
      'backoff',
    ],
  },

  // ── sources-sync ──
  {
    id: 'mxhero.notifications.accounts-and-groups-source-sync-warning',
    product: 'mxhero',
    section: 'notifications',
    labels: ['accounts_and_groups_source_sync_warning'],
    severity: 'warning',
    notification: { module: 'sources-sync', type: 'PLATFORM', level: 'WARN' },
    meaning: 'The source sync finished, but with warnings about some accounts, groups or domains.',
    cause: 'Data or settings in the source directory do not match what Mail2Cloud expects.',
    steps: [
      'Read how many warnings there are and what they say.',
      'Correct the source data or configuration they point at.',
    ],
    shownAt: SHOWN,
    sources: [row('accounts_and_groups_source_sync_warning'), LEVELS],
    searchWords: ['source sync', 'directory sync', 'accounts warning', 'groups warning', 'domains', 'sync warnings'],
  },
  {
    id: 'mxhero.notifications.accounts-and-groups-source-sync-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['accounts_and_groups_source_sync_error'],
    severity: 'error',
    notification: { module: 'sources-sync', type: 'PLATFORM', level: 'ERROR' },
    meaning:
      'A blocking error made the sync of accounts and groups from the source directory fail; it needs attention now.',
    cause:
      'A blocking error stopped the sync; the vendor points at the connector’s authentication and the API’s health.',
    steps: [
      'Check the connector’s authentication to the source.',
      'Check the health of the source’s API.',
      'Once the cause is fixed, run the source sync again and check that it ends without this error.',
    ],
    shownAt: SHOWN,
    sources: [row('accounts_and_groups_source_sync_error'), LEVELS],
    searchWords: ['source sync failed', 'directory sync', 'sync failed', 'connector', 'accounts not synced', 'groups'],
  },

  // ── store-in-ai ──
  {
    id: 'mxhero.notifications.store-in-ai-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['store_in_ai_error'],
    severity: 'error',
    notification: { module: 'store-in-ai', type: 'MAIL', level: 'ERROR' },
    meaning: 'The content could not be saved to the AI service.',
    cause: 'The vendor points at the AI service being unavailable, the content breaking its limits, or authentication.',
    steps: [
      'Check that the AI service is available.',
      'Check the content against the service’s payload limits.',
      'Check the authentication to the service.',
      'Retry the failed operation.',
    ],
    shownAt: SHOWN,
    sources: [row('store_in_ai_error'), LEVELS],
    searchWords: ['AI', 'store in ai', 'ai service', 'payload too large', 'ai error', 'not stored'],
  },

  // ── smime ──
  {
    id: 'mxhero.notifications.smime-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['smime_error'],
    severity: 'error',
    notification: { module: 'smime', type: 'MAIL', level: 'ERROR' },
    meaning: 'A message failed S/MIME processing while being signed, encrypted or verified.',
    cause: 'A problem with a certificate, a key or the trust chain, or with the format of the message.',
    steps: [
      'Check the certificates, keys and trust chain involved.',
      'Check the format of the message.',
      'Process the message again.',
    ],
    shownAt: SHOWN,
    sources: [row('smime_error'), LEVELS],
    searchWords: ['smime', 's/mime', 'certificate', 'signature', 'sign', 'encrypt', 'verify failed', 'trust chain'],
  },

  // ── engine ──
  {
    id: 'mxhero.notifications.execution-failed',
    product: 'mxhero',
    section: 'notifications',
    labels: ['execution_failed'],
    severity: 'error',
    notification: { module: 'engine', type: 'MAIL', level: 'ERROR' },
    meaning: 'A rule failed to run, in a way the engine recognises and reports.',
    cause: 'An action step of the rule failed; the fix lies in the rule or in something it depends on.',
    steps: [
      'Open the execution details and find the action step that failed.',
      'Fix the rule or the dependency behind it.',
      'Run it again if needed.',
    ],
    shownAt: SHOWN,
    sources: [row('execution_failed'), LEVELS],
    searchWords: ['rule failed', 'execution failed', 'action failed', 'rule error', 'engine error'],
  },
  {
    id: 'mxhero.notifications.execution-unexpected-error',
    product: 'mxhero',
    section: 'notifications',
    labels: ['execution_unexpected_error'],
    severity: 'error',
    notification: { module: 'engine', type: 'MAIL', level: 'ERROR' },
    meaning: 'A rule failed because of an unforeseen problem while it ran.',
    cause: 'The engine hit an unexpected runtime exception that it does not handle on its own.',
    steps: [
      'Save the stack trace and the context of the failure.',
      'Escalate it to the development team that owns the engine.',
      'Meanwhile, retry the failed message, and agree on a workaround with that team if it keeps failing.',
    ],
    shownAt: SHOWN,
    sources: [row('execution_unexpected_error'), LEVELS],
    searchWords: ['unexpected error', 'exception', 'crash', 'rule failed', 'runtime error', 'stack trace', 'bug'],
  },
];

export default entries;
