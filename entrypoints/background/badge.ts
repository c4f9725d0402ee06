import { PRODUCTS, type ProductId } from '../../catalog';
import type { PageReport } from '../../components/messaging/schema';
import { NO_CONSOLE_TITLE, NOT_ACTIVE_TITLE } from '../../components/toolbar-titles';

/**
 * What the toolbar button says about a tab, from the reports of its frames: nothing where Status Lens is not
 * active (or sees no console), a quiet sign where a console shows no error or warning, a count in the warning
 * colour for warnings only, a count in the error colour for errors. Pure; `toolbar.ts` applies it.
 */

/** Badge colours, each with its text colour at WCAG AA contrast or better (tests/unit/background/badge.test.ts). */
export const BADGE_COLORS = {
  /** Errors: red with white text, 5.6:1. */
  error: { background: '#c62828', text: '#ffffff' },
  /** Warnings only: amber with black text, 10:1. */
  warning: { background: '#f2a900', text: '#000000' },
  /** A console with no error or warning: the quiet sign, green with white text, 5.1:1. */
  clean: { background: '#2e7d32', text: '#ffffff' },
  /** A count not finished (a long page, counted in part): grey with white text, 6.4:1. */
  partial: { background: '#5f6368', text: '#ffffff' },
} as const;

export type BadgeState = 'inactive' | 'no-console' | keyof typeof BADGE_COLORS;

/** A tab's reports summed over its frames. */
export interface TabTally {
  /** Whether any frame reported at all (Status Lens runs there). */
  reported: boolean;
  /** The consoles recognised in the tab's frames, in the order of their reports (the top frame's first). */
  products: ProductId[];
  /** Occurrences of error statuses, summed over findings and frames. */
  errors: number;
  warnings: number;
  /** Some frame's console was counted in part (a long page read from the top). */
  partial: boolean;
}

export function tallyOf(reports: readonly PageReport[]): TabTally {
  const consoles = reports.filter((r) => r.product !== null);
  const sum = (severity: 'error' | 'warning') =>
    consoles.reduce((n, r) => n + r.findings.reduce((m, f) => m + (f.severity === severity ? f.count : 0), 0), 0);
  return {
    reported: reports.length > 0,
    products: [...new Set(consoles.flatMap((r) => (r.product ? [r.product] : [])))],
    errors: sum('error'),
    warnings: sum('warning'),
    partial: consoles.some((r) => r.partial === true),
  };
}

export interface BadgeView {
  state: BadgeState;
  text: string;
  title: string;
  /** Absent for no badge. */
  colors?: { background: string; text: string };
}

const MORE = 'open Status Lens to count every status of this long page';

export function badgeView(tally: TabTally): BadgeView {
  if (tally.products.length === 0) {
    return tally.reported
      ? { state: 'no-console', text: '', title: NO_CONSOLE_TITLE }
      : { state: 'inactive', text: '', title: NOT_ACTIVE_TITLE };
  }
  const names = tally.products.map((id) => PRODUCTS.find((p) => p.id === id)?.shortName ?? id).join(', ');
  const { errors, warnings, partial } = tally;
  if (errors > 0) {
    const counts = `${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`;
    return {
      state: 'error',
      text: countText(errors, partial),
      title: partial ? `${names} · at least ${counts} so far — ${MORE}` : `${names} · ${counts}`,
      colors: BADGE_COLORS.error,
    };
  }
  // Counted in part with no error yet: errors may stand further down, so neither the amber count nor the sign.
  if (partial) {
    const seen = warnings > 0 ? `no error and ${plural(warnings, 'warning')}` : 'no error or warning';
    return {
      state: 'partial',
      text: '…',
      title: `${names} · ${seen} among the statuses counted so far — ${MORE}`,
      colors: BADGE_COLORS.partial,
    };
  }
  if (warnings > 0) {
    return {
      state: 'warning',
      text: countText(warnings, false),
      title: `${names} · ${plural(warnings, 'warning')}`,
      colors: BADGE_COLORS.warning,
    };
  }
  return { state: 'clean', text: '✓', title: `${names} · no errors or warnings`, colors: BADGE_COLORS.clean };
}

/** The badge fits about four characters; a partial count is a lower bound ("12+"). */
export function countText(count: number, partial: boolean): string {
  if (count > 999) return '999+';
  return partial ? `${count}+` : String(count);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
