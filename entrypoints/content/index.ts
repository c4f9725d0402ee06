import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  // The consoles' own hosts. User-added hosts are registered at run time (see background).
  matches: ['*://*.dropsuite.com/*', '*://*.mxhero.com/*'],
  runAt: 'document_idle',
  main() {},
});
