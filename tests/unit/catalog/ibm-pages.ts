/**
 * What the pages of IBM's DPOD documentation that the catalog cites say, kept here so the sources test can check the
 * DPOD entries against them (tests/unit/catalog/sources.test.ts). Each page is stored as its facts, each fact as a
 * short note in our words and the key terms a sentence stating it names: the pages' facts, not their sentences.
 *
 * Read in the stored copies of the pages (the search tool's `pages` corpus), at the addresses the catalog cites; where
 * a stored copy was cut short, from the same page's earlier versions on the same wiki (Backup Activity: its Error
 * Policy attribute; Maintenance Concepts: its patterns).
 */

/**
 * The terms of DPOD's backup that a claim may only use as a source it cites gives them: a seed row that holds the
 * term, or a page with a fact that holds it and that the claim states whole (every key term of the fact in the one
 * sentence). Matched alike in our sentences and in the seed rows.
 */
export const TERM = {
  menu: /Manage › Maintenance › Backup/,
  executions: /\bexecutions?\b(?!\s+queue)/i,
  queue: /\bqueue/i,
  schedule: /\bschedul/i,
  restApi: /\bREST API\b/,
  console: /\bconsole\b|\bUI\b/,
  apiConnect: /\bAPI Connect\b/,
  taskCreation: /\bcreat\w*\b[^.;:]*\btasks?\b|\btasks? per device\b/i,
  allSkipped: /\bevery task\b[^.;]*\bskipped\b/i,
  planStops: /\bplan stop/i,
  skipped: /\bskipped\b/i,
  pattern: /\bpatterns?\b/i,
  asterisk: /\basterisk|\bcommas?\b/i,
  drMode: /\bDR mode\b/,
  secureBackup: /\bSecure Backup\b/,
  export: /\bexport/i,
  allDomains: /\ball domains\b/i,
  unsaved: /\bunsaved changes\b|\bpersisted\b/i,
  temp: /\btemp\b/i,
  beforeDownload: /\buntil it is downloaded\b|\bbefore (it is )?download/i,
  threshold: /\bthreshold/i,
  configurable: /Configurable Parameters and Settings/,
  certificate: /\bcertificates?\b/i,
  certButton: /…|\bthree dots\b/i,
  firstDevice: /\bfirst device/i,
  severalDevices: /\bseveral devices\b|\bevery device of the activity\b/i,
  sameName: /\bsame certificate name\b|\bthat name\b|\bidentical name\b/i,
  activity: /\bactivit(y|ies)\b/i,
  errorPolicy: /\berror policy\b/i,
  halt: /\bHalt\b/,
  ignore: /\bIgnore\b/,
  planDefault: /\bplan’s default\b|\bDefault Error Policy\b|\bPlan's Default\b/i,
  waitingCanceled: /\bcancel\w*\b[^.;]*\bstill waiting\b|\bstill waiting\b[^.;]*\bcancel/i,
  prePlanScript: /\bpre-plan script\b/i,
  preActionScript: /\bPre-Action Script\b/,
  preTaskScript: /\bpre[- ]task script\b|\bscript the user set\b/i,
  postTaskScript: /\bpost[- ]task script\b/i,
  returnCode: /\bcode above 0\b|\breturns 0\b|\bgreater than 0\b|\blarger than 0\b/i,
  dayPassed: /\b24 hours\b|\ba day\b/i,
  order: /\bone after another\b|\bin the order\b|\bahead of (it|them)\b/i,
  nextMinute: /\bwithin a minute\b|\bnext minute\b/i,
  window: /\bwindow\b/i,
  defaultWindow: /\bdefault window\b|\bUse Default Maint\. Window\b/i,
  startEnd: /\bstart and end\b/i,
  anyHour: /\bany hour\b|\balways eligible\b/i,
  everyRun: /\bfor every run\b|\ball execution types\b/i,
  noNewTask: /\bno new task/i,
  windowCloses: /\bwhen it closes\b|\bwindow ends\b/i,
  preChecks: /\bpre[- ]checks\b/i,
  quiesce: /\bquiesc/i,
  preActionQuiesce: /\bPre-Action Quiesce\b/,
  wholeDevice: /\bwhole device\b|\bno domain of the device\b|\bentire device\b/i,
  unquiesce: /\bunquiesc/i,
  unquiesceOwn: /\bwhat this task quiesced\b|\bif this task quiesced\b/i,
  timeout: /\btime[sd]? ?out\b|\bin time\b/i,
  threeMinutes: /\b3 minutes\b/,
  cancel: /\bcancel/i,
  destination: /\bdestination\b/i,
  mounted: /\bmounted\b|\bremote filesystem\b/i,
  freeSpace: /\bfree (space|room)\b|\bmake room\b/i,
  stored: /\bstor(e|ed|es)\b|\bsav(e|ed|es|ing)\b/i,
  zip: /\bzip\b/i,
  soma: /\bSOMA\b/,
  empty: /\bempty\b|\bholds nothing\b/i,
  hash: /\bhash\b|\bsize\b/i,
  restart: /\brestart/i,
  manual: /\bby hand\b|\bmanual|\bintervention\b/i,
  sixtyMinutes: /\b60 minutes\b/,
  errorMessage: /\berror message\b/i,
} as const;

export interface PageFact {
  /** The fact, in our words. */
  note: string;
  /** The terms a sentence stating this fact names, all of them. */
  keys: readonly RegExp[];
}

export interface IbmPage {
  title: string;
  url: string;
  facts: readonly PageFact[];
}

const T = TERM;

export const IBM_PAGES: readonly IbmPage[] = [
  {
    title: 'Backup Plan',
    url: 'https://www.ibm.com/docs/en/dpod/1.0.23?topic=backup-plan',
    facts: [
      { note: 'plans: added and listed under the menu Manage → Maintenance → Backup', keys: [T.menu] },
      { note: 'Enabled: only enabled plans run; a plan without activities cannot be enabled', keys: [] },
      { note: 'API Reference: what the Backup REST API runs the plan by; generated, editable', keys: [T.restApi] },
      { note: 'Schedule: when the plan runs; no effect while the plan is disabled', keys: [T.schedule] },
      {
        note: 'Use Default Maint. Window: the system’s default window instead of the plan’s',
        keys: [T.defaultWindow, T.window],
      },
      { note: 'Maintenance Window Start, End: the plan’s own window, 24h HH:MM', keys: [T.window, T.startEnd] },
      {
        note: 'start and end both empty: no window check, the plan may always run',
        keys: [T.startEnd, T.empty, T.anyHour],
      },
      {
        note: 'Default Error Policy: the policy of the plan’s activities unless they set one',
        keys: [T.planDefault, T.errorPolicy],
      },
      {
        note: 'Halt: a task failing validation or execution stops the plan’s waiting tasks',
        keys: [T.errorPolicy, T.halt],
      },
      { note: 'Ignore: after a failed task the plan’s other tasks still run', keys: [T.errorPolicy, T.ignore] },
      { note: 'Pre-Plan Script: before any task; not run when the plan fails validation', keys: [T.prePlanScript] },
    ],
  },
  {
    title: 'Backup Execution (Tasks)',
    url: 'https://montier.atlassian.net/wiki/x/YZF0tAM',
    facts: [
      {
        note: 'plan flow: backups allowed, maintenance window, destination checked first',
        keys: [T.window, T.destination],
      },
      { note: 'destination path: a mounted, remote filesystem', keys: [T.destination, T.mounted] },
      {
        note: 'destination: enough free space for the backup, threshold configurable',
        keys: [T.destination, T.freeSpace],
      },
      { note: 'activities split into tasks: one per device (and domain for Export Domain)', keys: [T.taskCreation] },
      { note: 'unavailable device: its task created with status Skipped', keys: [T.taskCreation, T.skipped] },
      {
        note: 'all tasks Skipped (devices unavailable, no device or domain matching): the plan stops',
        keys: [T.allSkipped, T.planStops],
      },
      { note: 'pre-plan script returning above 0: the plan stops', keys: [T.prePlanScript, T.planStops] },
      { note: 'tasks run in the order created, each waiting for those before it', keys: [T.order] },
      { note: 'that order is the order of the plan’s activities', keys: [T.order, T.activity] },
      { note: 'task checks: maintenance window, destination space', keys: [T.window, T.freeSpace] },
      { note: 'one domain with quiesce: the domain must not be quiesced already', keys: [T.quiesce] },
      { note: 'whole device with quiesce: no domain of it may be quiesced', keys: [T.quiesce, T.wholeDevice] },
      {
        note: 'Export Domain with unsaved changes: two exports, persisted and non-persisted',
        keys: [T.export, T.unsaved],
      },
      {
        note: 'Secure Backup: room on the appliance to hold it before download, threshold configurable',
        keys: [T.secureBackup, T.beforeDownload],
      },
      { note: 'pre-task script returning above 0: the task stops', keys: [T.preTaskScript] },
      {
        note: 'quiesce SOMA, then wait; timeout plus 3 minutes: task canceled, unquiesce sent',
        keys: [T.timeout, T.cancel],
      },
      { note: 'then the Secure Backup or Export Domain itself', keys: [T.secureBackup, T.export] },
      { note: 'unquiesce: the operation that ends a quiesce (Unquiesce SOMA)', keys: [T.unquiesce] },
      { note: 'unquiesce only what this task quiesced, then wait for it', keys: [T.unquiesceOwn] },
      { note: 'unquiesce wait: timeout plus 3 minutes, then DPOD stops waiting', keys: [T.unquiesce, T.timeout] },
      {
        note: 'backups downloaded and stored in the destination filesystem set by the user',
        keys: [T.stored, T.destination],
      },
      { note: 'Export Domain backups stored as zip files in the destination', keys: [T.zip, T.destination] },
      { note: 'Plan Details page: the plan’s 40 most recent executions, with their status', keys: [T.executions] },
    ],
  },
  {
    title: 'Backup Activity',
    url: 'https://montier.atlassian.net/wiki/spaces/DPOD010021x/pages/16139751214/Backup+Activity',
    facts: [
      {
        note: 'activities: added with Add Activity on a plan’s details, under Manage → Maintenance → Backup',
        keys: [T.activity, T.menu],
      },
      { note: 'activity types: Secure Backup', keys: [T.activity, T.secureBackup] },
      { note: 'activity types: Export Domain', keys: [T.activity, T.export] },
      { note: 'Device (or Pattern): one device, an asterisk pattern, or a list', keys: [T.activity, T.pattern] },
      {
        note: 'Pre-Action Script: before the task; above 0 returned, the task does not run',
        keys: [T.activity, T.preActionScript],
      },
      {
        note: 'Pre-Action Quiesce: quiesce first; the quiesce timeout is a system parameter',
        keys: [T.activity, T.preActionQuiesce],
      },
      { note: 'quiesce SOMA timeout: a system parameter', keys: [T.quiesce, T.timeout] },
      { note: 'Certificate Name: the certificate of a Secure Backup activity', keys: [T.activity, T.certificate] },
      {
        note: '… (three dots) button: the certificates of the first device only, when several are chosen',
        keys: [T.certButton, T.firstDevice],
      },
      {
        note: 'several devices: every other one needs a certificate of an identical name',
        keys: [T.severalDevices, T.sameName],
      },
      { note: 'Post-Action Unquiesce: follows Pre-Action Quiesce, undoing what was quiesced', keys: [T.unquiesceOwn] },
      { note: 'unquiesce wait before the task is canceled: a system parameter', keys: [T.unquiesce, T.timeout] },
      { note: 'Post-Action Script: after the task, always or only when it fails', keys: [T.postTaskScript] },
      { note: 'Error Policy: the plan’s default, Halt or Ignore', keys: [T.activity, T.errorPolicy] },
    ],
  },
  {
    title: 'Maintenance Concepts',
    url: 'https://montier.atlassian.net/wiki/spaces/DPOD010805/pages/275939382/Maintenance+Concepts',
    facts: [
      { note: 'task: one device’s execution of an activity (QA1 and QA2: two tasks)', keys: [T.taskCreation] },
      {
        note: 'patterns: asterisk for any characters, comma-separated lists; asterisk alone: every device in DPOD',
        keys: [T.asterisk],
      },
      { note: 'maintenance window: start and end, 24h, per plan or the system default', keys: [T.window, T.startEnd] },
      { note: 'maintenance window: the system default', keys: [T.window, T.defaultWindow] },
      { note: 'outside the window no new task starts', keys: [T.window, T.noNewTask] },
      {
        note: 'tasks still waiting when the window ends: canceled, the execution ends; running ones go on',
        keys: [T.windowCloses, T.waitingCanceled],
      },
      {
        note: 'error policy Halt: the waiting tasks canceled, running ones go on; Ignore: the others run',
        keys: [T.waitingCanceled],
      },
      { note: 'error policy Halt', keys: [T.errorPolicy, T.halt] },
    ],
  },
  {
    title: 'Appliance Backup REST API',
    url: 'https://montier.atlassian.net/wiki/spaces/DPOD010805/pages/275940020/Appliance+Backup+REST+API',
    facts: [
      { note: 'admin or operator access; others get 401', keys: [] },
      {
        note: 'POST /op/api/v1/backupplan/<API-Reference>/execute: the plan into the execution queue',
        keys: [T.restApi, T.queue],
      },
      {
        note: 'queued is not run: outside the maintenance window or disabled, the plan may not run at all',
        keys: [T.queue, T.window],
      },
      { note: 'GET /op/api/v1/backupplan/: the plans', keys: [] },
    ],
  },
];
