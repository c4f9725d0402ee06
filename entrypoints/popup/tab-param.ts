import { z } from 'zod/mini';

/** `popup.html?tab=<id>` names the tab to inspect (tests open the popup as a tab of its own). */
const TabParamSchema = z.pipe(
  z.pipe(z.string().check(z.regex(/^[1-9]\d{0,15}$/)), z.transform(Number)),
  z.int().check(z.positive(), z.lte(Number.MAX_SAFE_INTEGER)),
);

export function tabFromUrl(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return undefined;
  const parsed = TabParamSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
