/**
 * The content script as the browser injects it: the file WXT builds from entrypoints/content/index.ts, named by
 * the manifest, the run-time registrations of the user's hosts and the injection into tabs already open.
 */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
