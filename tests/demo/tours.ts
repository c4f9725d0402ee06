/** What `npm run demo` shows: a status rested on in each demo console, and the line it prints for each. */
export const TOURS = [
  { name: 'dropsuite-migrates', path: 'dropsuite/system-status.html', tab: 'Migrates', status: 'Failed' },
  { name: 'dropsuite-backups', path: 'dropsuite/system-status.html', tab: 'Backups', status: 'Retrying' },
  { name: 'dropsuite-dashboard', path: 'dropsuite/dashboard.html', status: 'Need Reauthentication' },
  { name: 'dpod-executions', path: 'dpod/executions.html', status: 'EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE' },
  { name: 'mxhero-notifications', path: 'mxhero/notifications.html', status: 'web_hook_removed_by_move_conflict' },
] as const;

/** The demo's line for one tour; `tests/e2e/demo.e2e.ts` reads it back. */
export const tourLine = (name: string, status: string, heading: string | undefined, file: string) =>
  `${name.padEnd(22)} hovered "${status}" → card "${heading}"  ${file}`;

export const TOUR_LINE = /^(\S+)\s+hovered "(.*)" → card "(.*)" {2}(\S+\.png)$/gm;
