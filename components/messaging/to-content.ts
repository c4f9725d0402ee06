/**
 * The messages a content script takes (from the popup, the background, an e2e test page), read with plain checks:
 * the content script loads on every console page, and the zod schemas of ./schema stay out of it. The types are
 * the schema's own.
 */

import type { Entry } from '../../catalog/schema';
import { NAVIGATION } from './navigation';
import type { Message } from './schema';

export type ContentMessage = Extract<Message, { type: 'get-page-report' | 'reveal' | 'navigate' | 'inspect-card' }>;

export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'get-page-report':
    case 'inspect-card':
      return { type: m.type };
    case 'reveal':
      if (typeof m.entryId !== 'string' || typeof m.label !== 'string') return undefined;
      return Number.isInteger(m.at)
        ? { type: 'reveal', entryId: m.entryId, label: m.label, at: m.at as number }
        : { type: 'reveal', entryId: m.entryId, label: m.label };
    case 'navigate':
      return (NAVIGATION as readonly unknown[]).includes(m.to)
        ? { type: 'navigate', to: m.to as (typeof NAVIGATION)[number] }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The entries the background sends for one console: our own background's answer, checked for the shape the
 * content script relies on (a list of entries with their ids, labels, section and severity).
 */
export function entriesFrom(raw: unknown): readonly Entry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const ok = raw.every(
    (e) =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.id === 'string' &&
      typeof e.section === 'string' &&
      typeof e.severity === 'string' &&
      typeof e.meaning === 'string' &&
      Array.isArray(e.labels) &&
      Array.isArray(e.steps),
  );
  return ok ? (raw as Entry[]) : undefined;
}
