/**
 * Titles of the toolbar button where it shows no count. The manifest's default title is the first: a tab the
 * background has said nothing about is one where Status Lens does not run.
 */

export const NOT_ACTIVE_TITLE = 'Not active on this site — open to use it here';
/** Status Lens runs in the tab but recognises no console there. */
export const NO_CONSOLE_TITLE = 'Status Lens · no console recognised on this page';
