import { browser } from 'wxt/browser';
import { forBrowser } from '../../components/settings/host-match';
import { isGranted, originsToRelease } from '../../components/settings/hosts';
import type { HostEntry } from '../../components/settings/schema';

// Firefox refuses ports in match patterns; Chrome honours them (the narrower grant).
const PORTLESS = import.meta.env.FIREFOX;

/**
 * Asks the browser for access to hosts. Call it synchronously from the click or submit handler: the browser
 * only shows its prompt during a user gesture.
 */
export function requestHosts(patterns: readonly string[]): Promise<boolean> {
  const origins = [...new Set(patterns.map((p) => forBrowser(p, PORTLESS)))];
  return browser.permissions.request({ origins });
}

/** Gives back access no remaining host needs. */
export async function releaseHosts(removed: readonly string[], remaining: readonly HostEntry[]): Promise<void> {
  const origins = originsToRelease(removed, remaining, PORTLESS);
  if (!origins.length) return;
  try {
    await browser.permissions.remove({ origins });
  } catch (error) {
    // A grant the manifest requires cannot be given back (the test build pre-grants *.localhost).
    console.warn('[Status Lens] could not give back', origins, error);
  }
}

export function hostIsGranted(pattern: string, grantedOrigins: readonly string[]): boolean {
  return isGranted(forBrowser(pattern, PORTLESS), grantedOrigins);
}
