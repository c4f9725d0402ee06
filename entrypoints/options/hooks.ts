import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { EMPTY_POLICY, type Policy } from '../../components/settings/policy-hosts';
import type { Settings, SettingsNotice } from '../../components/settings/schema';
import {
  readPolicy,
  readSettings,
  saveSettings,
  watchPolicy,
  watchStoredSettings,
} from '../../components/settings/store';

export type SettingsState =
  | { status: 'loading' }
  | {
      status: 'ready';
      settings: Settings;
      /** What reading the stored settings had to repair, kept until dismissed. */
      notices: SettingsNotice[];
      /** Whether storage still holds the unrepaired value (the repair is saved with the next change). */
      unsaved: boolean;
    };

/** The stored settings, kept current when another page or the browser changes them. */
export function useSettings() {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    let watched = false;
    const take = ({ settings, notices }: { settings: Settings; notices: SettingsNotice[] }) => {
      if (!live) return;
      latest.current = settings;
      setState((prev) => ({
        status: 'ready',
        settings,
        // New problems replace the old; a clean read keeps the old ones on screen, marked as saved.
        notices: notices.length ? notices : prev.status === 'ready' ? prev.notices : [],
        unsaved: notices.length > 0,
      }));
    };
    const unwatch = watchStoredSettings((restored) => {
      watched = true;
      take(restored);
    });
    // A change seen by the watch is newer than this first read: the read must not overwrite it.
    readSettings().then((restored) => watched || take(restored));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  /** Applies a change to the latest settings and stores it. */
  const update = useCallback(async (change: (settings: Settings) => Settings) => {
    if (!latest.current) return;
    const next = change(latest.current);
    latest.current = next;
    setState((prev) => (prev.status === 'ready' ? { ...prev, settings: next } : prev));
    await saveSettings(next);
  }, []);

  const dismissNotices = useCallback(() => {
    setState((prev) => (prev.status === 'ready' ? { ...prev, notices: [] } : prev));
  }, []);

  return { state, update, dismissNotices };
}

/** Host permissions the browser grants now, following grants and revocations made anywhere. */
export function useGrantedOrigins(): readonly string[] | null {
  const [origins, setOrigins] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      browser.permissions.getAll().then((all) => {
        if (live) setOrigins(all.origins ?? []);
      });
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return origins;
}

/** The organisation's policy, checked, kept current as the browser changes it; empty until read. */
export function usePolicy(): Policy {
  const [policy, setPolicy] = useState<Policy>(EMPTY_POLICY);
  useEffect(() => {
    let live = true;
    let watched = false;
    const unwatch = watchPolicy((p) => {
      watched = true;
      if (live) setPolicy(p);
    });
    readPolicy().then((p) => live && !watched && setPolicy(p));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return policy;
}
