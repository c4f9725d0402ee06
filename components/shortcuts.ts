import { browser } from 'wxt/browser';
import { NAVIGATION, type Navigation } from './messaging/schema';

/** What each keyboard command does, as the tooltip's footer and the popup name it. */
export const COMMAND_TEXT: Record<Navigation, string> = {
  'next-status': 'next status',
  'previous-status': 'previous status',
  'next-failure': 'next failure',
};

/** "Alt+Shift+. next status · …": the keys as the user set them in the browser's shortcut settings. */
export async function shortcutsText(): Promise<string> {
  const commands = await browser.commands.getAll();
  return NAVIGATION.map((name) => {
    const shortcut = commands.find((c) => c.name === name)?.shortcut;
    return shortcut ? `${readableShortcut(shortcut)} ${COMMAND_TEXT[name]}` : null;
  })
    .filter(Boolean)
    .join(' · ');
}

/** Chrome names some keys ("Alt+Shift+Period"): shown as the key's own character. */
export function readableShortcut(shortcut: string): string {
  return shortcut.replace(/\bPeriod\b/, '.').replace(/\bComma\b/, ',');
}
