import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { NAVIGATION } from '../../components/messaging/schema';
import { COMMAND_TEXT, readableShortcut } from '../../components/shortcuts';

export interface Shortcut {
  name: string;
  /** What the keys do: "next status". */
  does: string;
  /** The keys as set in the browser; empty where the user removed them. */
  keys: string;
}

/** The keyboard commands with the keys the user set, as the browser's shortcut settings hold them. */
export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    let live = true;
    browser.commands.getAll().then(
      (commands) => {
        if (!live) return;
        setShortcuts(
          NAVIGATION.map((name) => ({
            name,
            does: COMMAND_TEXT[name],
            keys: readableShortcut(commands.find((c) => c.name === name)?.shortcut ?? ''),
          })),
        );
      },
      () => live && setShortcuts([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}
