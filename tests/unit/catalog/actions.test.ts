import { describe, expect, it } from 'vitest';
import { CATALOG, type Entry, lookup, sectionOf } from '../../../catalog';
import { foldLabel } from '../../../catalog/text';

/** What the entry tells a technician to do: the vendor's steps, then our general advice, shown apart. */
const actions = (e: Entry) => [...e.steps, ...(e.generalAdvice ?? [])];

/** Steps that send the reader off without telling what to do. */
const VAGUE = [/\bfind out why\b/i, /\bwith care\b/i, /\buse a workaround\b/i, /\bas (needed|appropriate)\b/i];

describe('every error and warning says what to do', () => {
  const acting = CATALOG.filter((e) => e.severity === 'error' || e.severity === 'warning');

  it.each(acting.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    // A step of the vendor's, or, where the vendor gives none, general advice marked as ours.
    expect(actions(e).length, 'a step or general advice').toBeGreaterThan(0);
    expect(e.noAction, 'an error or warning is not "nothing to do"').toBeUndefined();
    for (const step of actions(e)) for (const vague of VAGUE) expect(step).not.toMatch(vague);
  });

  it('covers the entries the issue found without a step', () => {
    expect(acting.length).toBeGreaterThan(50);
    for (const code of ['EXECUTION_SECURE_BACKUP_UNSUCCESSFUL', 'EXECUTION_CANCELED_BECAUSE_A_DAY_PASSED']) {
      expect(acting.map((e) => e.labels[0])).toContain(code);
    }
  });
});

describe('steps are written for the status, not copied across the catalog', () => {
  /** Each sentence of steps, general advice and "nothing to do", with the entries it stands in. */
  function sharedSentences(): Map<string, string[]> {
    const shared = new Map<string, string[]>();
    for (const e of CATALOG) {
      for (const sentence of new Set([...actions(e), e.noAction ?? ''].filter(Boolean).map(foldLabel))) {
        shared.set(sentence, [...(shared.get(sentence) ?? []), e.id]);
      }
    }
    return shared;
  }

  it('no sentence stands in more than three entries', () => {
    for (const [sentence, ids] of sharedSentences())
      expect(ids.length, `${sentence}: ${ids.join(', ')}`).toBeLessThan(4);
  });

  it('no more than three entries end on running the plan again', () => {
    const last = CATALOG.map((e) => actions(e).at(-1) ?? '').filter((s) =>
      /\b(run|start)\b.*\bplan\b.*\bagain\b/i.test(s),
    );
    expect(last.length, last.join(' | ')).toBeLessThan(4);
  });
});

describe('Dropsuite: contacting support comes with the ID support asks for', () => {
  // The seed's Important Mentions: the Mailbox Email ID for a backup error (the dashboard's Need Reauthentication is
  // one), the Migration, Restore and Download IDs for the others.
  const idOf = (e: Entry) =>
    sectionOf('dropsuite', e.section === 'dashboard' ? 'backups' : e.section)?.supportId?.label;

  it.each(CATALOG.filter((e) => e.product === 'dropsuite').map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const id = idOf(e);
    expect(id).toBeDefined();
    const sentences = [...actions(e), e.noAction ?? '', ...(e.scenarios ?? []).flatMap((s) => s.steps)];
    for (const sentence of sentences.filter((s) => /\bsupport\b/i.test(s))) expect(sentence).toContain(id);
  });

  it('Need Reauthentication names the Mailbox Email ID', () => {
    const entry = lookup('dropsuite', 'dashboard', 'Need Reauthentication');
    expect(actions(entry as Entry).join(' ')).toContain('Mailbox Email ID');
  });
});
