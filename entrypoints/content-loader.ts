import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CONTENT_MODULE_FILE } from '../components/content/files';

// Why a loader at all: see components/content/files.ts. A module is evaluated once a document, so the loader run
// again in a tab (after an install) starts nothing twice; after a reload or update the module's URL is new.
export default defineUnlistedScript(() => {
  import(/* @vite-ignore */ browser.runtime.getURL(`/${CONTENT_MODULE_FILE}`)).catch((error: unknown) => {
    console.error('Status Lens could not start on this page', error);
  });
});
