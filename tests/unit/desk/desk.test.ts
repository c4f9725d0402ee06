import { describe, expect, it } from 'vitest';
import { entryById } from '../../../catalog';
import { deskFormPath, parseDeskFormLink } from '../../../components/desk/link';
import { deskEntryFor, deskNotesFor, mergeDesk } from '../../../components/desk/match';
import { withDeskEntries } from '../../../components/desk/report';
import {
  checkDeskEntry,
  checkDeskNote,
  type DeskEntry,
  type DeskNote,
  deskEntryId,
} from '../../../components/desk/schema';
import { searchDesk } from '../../../components/desk/search';
import { parsePolicy } from '../../../components/settings/policy-hosts';

const note = (over: Partial<DeskNote> = {}): DeskNote => ({
  product: 'dropsuite',
  section: 'backups',
  label: 'Space Full',
  text: 'For ACME, call the account manager first.',
  ...over,
});
const entry = (over: Partial<DeskEntry> = {}): DeskEntry => ({
  product: 'dpod',
  section: 'executions',
  label: 'EXECUTION_NEW_VENDOR_CODE',
  severity: 'error',
  meaning: 'Appeared after the vendor’s last release: the backup did not run.',
  steps: ['Run the backup again by hand.'],
  ...over,
});

describe('one schema for desk notes and entries', () => {
  it('accepts plain text, trimmed, section and label optional', () => {
    expect(checkDeskNote({ product: 'dpod', text: '  Page the storage admin.  ' })).toEqual({
      ok: true,
      value: { product: 'dpod', section: null, label: null, text: 'Page the storage admin.' },
    });
    expect(checkDeskNote(note())).toEqual({ ok: true, value: note() });
    expect(checkDeskNote(note({ text: 'Below <5 GB free, a < b: still plain text.' })).ok).toBe(true);
    expect(checkDeskEntry({ ...entry(), steps: undefined })).toEqual({ ok: true, value: { ...entry(), steps: [] } });
  });

  it.each([
    ['markup', note({ text: 'See <a href="x">this</a>' }), 'the note holds markup; desk text is plain text'],
    ['a script', note({ text: '<script>alert(1)</script>' }), 'the note holds markup; desk text is plain text'],
    ['too long', note({ text: 'x'.repeat(501) }), 'the note is longer than 500 characters'],
    ['empty', note({ text: '   ' }), 'the note is empty'],
    ['a control character', note({ text: 'a\u0007b' }), 'the note holds control characters'],
    ['a label of two lines', note({ label: 'Space\nFull' }), 'the status is more than one line'],
    [
      'a section of another console',
      note({ section: 'executions' }),
      'the section is not one of the console’s sections',
    ],
    ['another console', { ...note(), product: 'exchange' }, 'its product is missing or not valid'],
    ['no text', { product: 'dpod' }, 'its text is missing or not valid'],
    ['not an object', 'a note', 'it is not a desk note or entry'],
  ])('refuses a note with %s', (_name, raw, reason) => {
    expect(checkDeskNote(raw)).toEqual({ ok: false, reason });
  });

  it.each([
    ['a severity not on the scale', { ...entry(), severity: 'fatal' }, 'its severity is missing or not valid'],
    ['eleven steps', entry({ steps: Array.from({ length: 11 }, () => 'Step.') }), 'more than 10 steps'],
    ['a long step', entry({ steps: ['x'.repeat(301)] }), 'a step is longer than 300 characters'],
    ['no meaning', { ...entry(), meaning: undefined }, 'its meaning is missing or not valid'],
  ])('refuses an entry with %s', (_name, raw, reason) => {
    expect(checkDeskEntry(raw)).toEqual({ ok: false, reason });
  });

  it('names a desk entry by console, section and label, whatever the case', () => {
    expect(deskEntryId(entry())).toBe('desk:dpod:executions:execution_new_vendor_code');
    expect(deskEntryId(entry({ section: null, label: ' Paused  by Vendor ' }))).toBe('desk:dpod::paused by vendor');
  });
});

describe('deskNotesFor', () => {
  const desk = {
    notes: [
      note(),
      note({ section: null, label: 'Running', text: 'Running for days: check the mailbox size.' }),
      note({ label: null, text: 'Backups of ACME are watched by team B.' }),
      note({ product: 'dpod', section: null, label: 'not_enough_free_space_on_device', text: 'Free the flash.' }),
    ],
  };
  it.each([
    ['its label in its section', { product: 'dropsuite', section: 'backups', label: 'space full' }, [0, 2]],
    ['another section', { product: 'dropsuite', section: 'migrates', label: 'Space Full' }, []],
    [
      'another label of the same entry',
      {
        product: 'dropsuite',
        section: 'backups',
        label: 'In Progress',
        labels: entryById('dropsuite.backups.in-progress')?.labels,
      },
      [1, 2],
    ],
    ['a code in any case', { product: 'dpod', section: 'executions', label: 'NOT_ENOUGH_FREE_SPACE_ON_DEVICE' }, [3]],
    ['another console', { product: 'mxhero', section: null, label: 'Space Full' }, []],
  ] as const)('finds the notes on %s', (_name, status, expected) => {
    expect(deskNotesFor(desk, status)).toEqual(expected.map((i) => desk.notes[i]));
  });
});

describe('deskEntryFor and the report', () => {
  const any = entry({ section: null, label: 'PAUSED_BY_VENDOR', severity: 'warning' });
  const desk = { entries: [entry(), any] };
  it('prefers the entry of the section, then one for any section', () => {
    expect(deskEntryFor(desk, { product: 'dpod', section: 'executions', label: 'execution_new_vendor_code' })).toBe(
      desk.entries[0],
    );
    expect(deskEntryFor(desk, { product: 'dpod', section: 'executions', label: 'PAUSED_BY_VENDOR' })).toBe(any);
    expect(deskEntryFor(desk, { product: 'dpod', section: null, label: 'EXECUTION_NEW_VENDOR_CODE' })).toBeUndefined();
    expect(deskEntryFor(desk, { product: 'mxhero', section: null, label: 'PAUSED_BY_VENDOR' })).toBeUndefined();
  });

  it('counts a status reported unknown by the desk entry’s severity', () => {
    const report = withDeskEntries(
      {
        product: 'dpod',
        findings: [
          {
            product: 'dpod',
            section: 'executions',
            label: 'EXECUTION_NEW_VENDOR_CODE',
            entryId: null,
            severity: null,
            count: 3,
          },
          { product: 'dpod', section: 'executions', label: 'OTHER', entryId: null, severity: null, count: 1 },
        ],
      },
      desk,
    );
    expect(report.findings.map((f) => [f.entryId, f.severity, f.count])).toEqual([
      ['desk:dpod:executions:execution_new_vendor_code', 'error', 3],
      [null, null, 1],
    ]);
  });
});

describe('mergeDesk', () => {
  it('puts the organisation first, marks the origin, and lets policy win on the same status', () => {
    const merged = mergeDesk(
      { notes: [note()], entries: [entry()] },
      { notes: [note(), note({ text: 'Mine.' })], entries: [entry({ meaning: 'Mine.' }), entry({ label: 'MINE' })] },
    );
    expect(merged.notes.map((n) => [n.text, n.origin])).toEqual([
      [note().text, 'policy'],
      ['Mine.', 'user'],
    ]);
    expect(merged.entries.map((e) => [e.label, e.meaning, e.origin])).toEqual([
      [entry().label, entry().meaning, 'policy'],
      ['MINE', entry().meaning, 'user'],
    ]);
  });
});

describe('searchDesk', () => {
  const desk = { notes: [note()], entries: [entry()] };
  it.each([
    ['account manager', 0, 1],
    ['ACCOUNT', 0, 1],
    ['execution_new', 1, 0],
    ['vendor release', 1, 0],
    ['space', 0, 1],
    ['nothing like it', 0, 0],
  ])('%s → %i entries, %i notes', (query, entries, notes) => {
    const hits = searchDesk(desk, query);
    expect([hits.entries.length, hits.notes.length]).toEqual([entries, notes]);
  });

  it('keeps to the consoles filtered', () => {
    expect(searchDesk(desk, 'account', new Set(['dpod'])).notes).toEqual([]);
  });
});

describe('the deep link to the desk forms', () => {
  it('round-trips and is only ever a starting value', () => {
    const target = { kind: 'note', product: 'dropsuite', section: 'backups', label: 'Space Full' } as const;
    const path = deskFormPath(target);
    expect(path).toBe('/options.html?desk=note&product=dropsuite&label=Space+Full&section=backups#desk-notes');
    expect(parseDeskFormLink(path.slice(path.indexOf('?'), path.indexOf('#')))).toEqual(target);
    expect(parseDeskFormLink('?desk=note&product=exchange&label=x')).toBeUndefined();
    expect(parseDeskFormLink('?desk=note&product=dpod&section=%3Cb%3E&label=x')).toMatchObject({ section: null });
  });
});

describe('parsePolicy', () => {
  it('applies what validates and names what it ignores', () => {
    const policy = parsePolicy({
      hosts: [
        { pattern: 'https://dpod.corp.example:8443', product: 'dpod' },
        { pattern: '*', product: 'dpod' },
        { pattern: 'portal.reseller.example', product: 'exchange' },
      ],
      products: { mxhero: false, dpod: 'off', exchange: true },
      notes: [note(), note({ text: 'x'.repeat(600) })],
      deskEntries: [entry(), { ...entry(), label: '<b>X</b>' }],
    });
    expect(policy.hosts).toEqual([{ pattern: 'https://dpod.corp.example:8443/*', product: 'dpod' }]);
    expect(policy.products).toEqual({ mxhero: false });
    expect(policy.notes).toEqual([note()]);
    expect(policy.entries).toEqual([entry()]);
    expect(policy.ignored).toEqual([
      'Policy host 2 (“*”): that pattern is too broad: it would cover every site; it is ignored.',
      'Policy host 3 (“portal.reseller.example”): the text “exchange” is not one of the consoles; it is ignored.',
      'Policy “products”: the DPOD switch holds the text “off” instead of true or false; it is ignored.',
      'Policy “products”: “exchange” is not one of the consoles; it is ignored.',
      'Policy note 2 (“Space Full”): the note is longer than 500 characters; it is ignored.',
      'Policy desk entry 2 (“<b>X</b>”): the status holds markup; desk text is plain text; it is ignored.',
    ]);
  });

  it('reads no policy, or one that is not an object, as none', () => {
    for (const raw of [undefined, {}, 'junk']) {
      expect(parsePolicy(raw)).toEqual({ products: {}, notes: [], entries: [], hosts: [], ignored: [] });
    }
  });
});
