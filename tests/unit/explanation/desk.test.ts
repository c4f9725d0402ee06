import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { entryById } from '../../../catalog';
import type { DeskEntry } from '../../../components/desk/schema';
import { deskEntryTicketText, renderDeskEntry } from '../../../components/explanation/desk-entry';
import { EXPLANATION_CSS, renderExplanation, ticketText } from '../../../components/explanation/explanation';

// An explicit jsdom window, as in explanation.test.ts.
const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
const { document } = window;

const spaceFull = entryById('dropsuite.backups.space-full');
if (!spaceFull) throw new Error('catalog entry missing');
const notes = [
  { text: 'For ACME, call the account manager first.', origin: 'policy' as const },
  { text: 'Then open a ticket.\nSay it is urgent.', origin: 'user' as const },
];
const deskEntry: DeskEntry & { origin: 'user' } = {
  product: 'dpod',
  section: 'executions',
  label: 'EXECUTION_NEW_VENDOR_CODE',
  severity: 'error',
  meaning: 'Appeared after the vendor’s last release: the backup did not run.',
  steps: ['Run the backup again by hand.', 'Tell the desk lead.'],
  origin: 'user',
};

describe('desk notes under the catalog’s explanation', () => {
  it('shows them after the explanation, marked as the desk’s, as text and never markup', () => {
    const root = renderExplanation(
      document,
      spaceFull,
      {},
      { deskNotes: [...notes, { text: '<img src=x onerror=alert(1)>' }] },
    );
    const section = root.querySelector('[data-desk="notes"]');
    expect(section?.querySelector('.sl-x-h')?.textContent).toBe('Desk notes');
    expect([...(section?.querySelectorAll('.sl-x-desk-by') ?? [])].map((n) => n.textContent)).toEqual([
      'Set by your organisation',
      'Your desk',
      'Your desk',
    ]);
    expect(section?.querySelector('img')).toBeNull();
    expect(section?.textContent).toContain('<img src=x onerror=alert(1)>');
    // After the catalog's parts: "Where it shows" comes first.
    const parts = [...root.querySelectorAll('.sl-x-part')].map((p) => p.className);
    expect(parts.indexOf('sl-x-part sl-x-desk')).toBe(parts.length - 1);
  });

  it('adds none without notes, and no button without onAddNote', () => {
    const root = renderExplanation(document, spaceFull);
    expect(root.querySelector('[data-desk]')).toBeNull();
    expect(root.querySelector('.sl-x-add-note')).toBeNull();
  });

  it('offers "Add a desk note" as a native button beside Copy for ticket', () => {
    const onAddNote = vi.fn();
    const root = renderExplanation(document, spaceFull, {}, { onAddNote });
    const button = root.querySelector<HTMLButtonElement>('.sl-x-add-note');
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.type).toBe('button');
    expect(button?.textContent).toBe('Add a desk note');
    expect(button?.nextElementSibling?.className).toBe('sl-x-copy');
    button?.click();
    expect(onAddNote).toHaveBeenCalledOnce();
  });

  it('puts them in the ticket text', () => {
    const text = ticketText(spaceFull, { label: 'Space Full' }, notes);
    expect(text).toContain(
      'Desk notes:\n- For ACME, call the account manager first. (organisation)\n- Then open a ticket. / Say it is urgent.',
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe('Reference: dropsuite.backups.space-full (Status Lens)');
    expect(ticketText(spaceFull)).not.toContain('Desk note');
  });

  it('has styles for them', () => {
    expect(EXPLANATION_CSS).toContain('.sl-explanation .sl-x-desk{');
  });
});

describe('a desk entry', () => {
  it('explains itself like a catalog entry, marked as the desk’s', () => {
    const root = renderDeskEntry(
      document,
      deskEntry,
      { label: 'EXECUTION_NEW_VENDOR_CODE' },
      { headingLevel: 2, deskNotes: [notes[0] as (typeof notes)[0]] },
    );
    expect(root.className).toBe('sl-explanation');
    expect(root.dataset).toMatchObject({
      severity: 'error',
      desk: 'user',
      entryId: 'desk:dpod:executions:execution_new_vendor_code',
    });
    expect(root.querySelector('h2')?.textContent).toBe('EXECUTION_NEW_VENDOR_CODE');
    expect(root.querySelector('.sl-x-badge')?.textContent).toBe('Error');
    expect(root.querySelector('.sl-x-place')?.textContent).toBe('DPOD › Backup task executions');
    expect(root.querySelector('.sl-x-desk-mark')?.textContent).toBe(
      'Explained by your support desk, not by the catalog',
    );
    expect([...root.querySelectorAll('.sl-x-steps li')].map((li) => li.textContent)).toEqual(deskEntry.steps);
    expect(root.querySelector('[data-desk="notes"]')?.textContent).toContain('call the account manager');
    expect(root.querySelector('.sl-x-copy')?.textContent).toBe('Copy for ticket');
  });

  it('gives ticket text', () => {
    expect(deskEntryTicketText(deskEntry, {}, [notes[0] as (typeof notes)[0]])).toBe(
      [
        'Status: EXECUTION_NEW_VENDOR_CODE',
        'Console: DPOD › Backup task executions',
        'Severity: Error',
        '',
        'What it means (your desk): Appeared after the vendor’s last release: the backup did not run.',
        'What to do:',
        '1. Run the backup again by hand.',
        '2. Tell the desk lead.',
        '',
        'Desk note:',
        '- For ACME, call the account manager first. (organisation)',
        '',
        'Reference: desk:dpod:executions:execution_new_vendor_code (Status Lens, desk entry)',
      ].join('\n'),
    );
  });
});
