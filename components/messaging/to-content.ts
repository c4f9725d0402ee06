/**
 * The messages a content script takes (from the popup, the background, an e2e test page), read with plain checks:
 * the content script loads on every console page, and the zod schemas of ./schema stay out of it. The types are
 * the schema's own.
 */
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
      return typeof m.entryId === 'string' && typeof m.label === 'string'
        ? { type: 'reveal', entryId: m.entryId, label: m.label }
        : undefined;
    case 'navigate':
      return (NAVIGATION as readonly unknown[]).includes(m.to)
        ? { type: 'navigate', to: m.to as (typeof NAVIGATION)[number] }
        : undefined;
    default:
      return undefined;
  }
}
