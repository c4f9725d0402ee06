import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GENERAL_ADVICE_LABEL } from '../../../catalog';
import { DESK_TEXT_CLASS } from '../../../components/explanation/dom';
import type { StatusView } from '../../../components/explanation/model';
import { CARD_TITLE_CLASS, ROOT_CLASS, renderCard } from '../../../components/explanation/render';
import { CARD_CSS } from '../../../components/explanation/styles';
import { ticketText } from '../../../components/explanation/ticket';
import { SEVERITY_TEXT } from '../../../components/explanation/wording';
import { unknownView, viewOf } from '../../card/views';
import { document, entry, shownText, shownTexts, texts, window } from './setup';

const failed = entry('dropsuite.migrates.failed');
const nfs = entry('dpod.executions.execution-pre-checks-nfs-out-of-space');
const reauth = entry('dropsuite.dashboard.need-reauthentication');
const soma = entry('dpod.executions.execution-export-domain-persisted-soma-error');

const actions = () => ({
  copyTicket: vi.fn<(text: string) => void>(),
  copyId: vi.fn<(value: string) => void>(),
  addNote: vi.fn<() => void>(),
});

/** The card's parts in the order they read, by their classes. */
function order(card: HTMLElement): string[] {
  const parts = ['sl-x-title', 'sl-x-badge', 'sl-x-place', 'sl-x-desk', 'sl-c-meaning', 'sl-c-next', 'sl-x-support'];
  return [...card.querySelectorAll(parts.map((p) => `.${p}`).join(','))].map(
    (el) => parts.find((p) => el.classList.contains(p)) ?? '',
  );
}

const shown = (el: Element | null) => !!el && !el.closest('[hidden]');

describe('the collapsed card', () => {
  it('reads label, severity in words, console › section, meaning, next step, support ID, then the buttons', () => {
    const card = renderCard(document, viewOf(failed), { expanded: false, actions: actions() });
    expect(card.classList.contains(ROOT_CLASS)).toBe(true);
    expect(card.dataset).toMatchObject({
      kind: 'full',
      severity: failed.severity,
      entryId: failed.id,
      expanded: 'false',
    });
    expect(order(card)).toEqual([
      'sl-x-title',
      'sl-x-badge',
      'sl-x-place',
      'sl-c-meaning',
      'sl-c-next',
      'sl-x-support',
    ]);
    expect(card.querySelector(`.${CARD_TITLE_CLASS}`)?.textContent).toBe('Failed');
    expect(card.querySelector('.sl-x-badge')?.textContent).toBe(SEVERITY_TEXT[failed.severity]);
    expect(card.querySelector('.sl-x-place')?.textContent).toBe('Dropsuite › Migrates');
    expect(card.querySelector('.sl-c-meaning')?.textContent).toBe(failed.meaning);
    expect(card.querySelector('.sl-c-next')?.textContent).toBe(`Next: ${failed.steps[0]}`);
    expect(card.querySelector('.sl-x-support')?.textContent).toBe('Migration IDM-7783Copy');
    const buttons = [...card.querySelectorAll('button')].filter(shown);
    expect(buttons.map((b) => b.textContent)).toEqual(['Copy', 'Copy for ticket', 'More']);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    // "Where it shows" is for the popup: the card is on that very page.
    expect(card.textContent).not.toContain(failed.shownAt);
  });

  it('is a disclosure: More controls the details, named by the title', () => {
    const card = renderCard(document, viewOf(failed), { expanded: false });
    const title = card.querySelector(`.${CARD_TITLE_CLASS}`);
    expect(title?.id).toMatch(/^sl-title-/);
    expect(card.getAttribute('aria-labelledby')).toBe(title?.id);
    const more = [...card.querySelectorAll('button')].find((b) => b.textContent === 'More');
    const details = card.querySelector('.sl-c-more');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    expect(more?.getAttribute('aria-controls')).toBe(details?.id);
    expect(details?.hasAttribute('hidden')).toBe(true);
  });

  it('folds the cause in where it adds something, and leaves an "unknown error" cause to More', () => {
    const folded = renderCard(document, viewOf(nfs), { expanded: false });
    expect(folded.querySelector('.sl-c-meaning')?.textContent).toBe(`${nfs.meaning} ${nfs.cause}`);
    expect(folded.querySelector('.sl-x-cause')).toBeNull();
    const plain = renderCard(document, viewOf(failed), { expanded: false });
    expect(plain.querySelector('.sl-c-cause')).toBeNull();
    expect(plain.querySelector('.sl-x-cause')).toBeNull();
    pressMore(plain);
    expect(plain.querySelector('.sl-x-cause')?.textContent).toBe(`Likely cause${failed.cause}`);
  });

  it('says plainly that the row does not show the support ID', () => {
    const card = renderCard(document, viewOf(failed, { notes: 'none', id: 'missing' }), { expanded: false });
    expect(card.querySelector('.sl-x-support')?.textContent).toBe('Migration ID — not shown in this row');
    expect(card.querySelector('.sl-c-copy-id')).toBeNull();
    // The popup has no row: support will ask for it.
    const popup = renderCard(document, viewOf(failed, { notes: 'none', id: 'missing' }), {
      expanded: true,
      where: 'popup',
    });
    expect(popup.querySelector('.sl-x-support')?.textContent).toBe('Migration ID — support will ask for it');
  });

  it('puts the desk’s notes right under the title, the organisation’s marked as such', () => {
    const card = renderCard(document, viewOf(failed, { notes: 'three', id: 'short' }), { expanded: false });
    expect(order(card).slice(3, 5)).toEqual(['sl-x-desk', 'sl-c-meaning']);
    const notes = card.querySelector('[data-desk="notes"]');
    expect(shownTexts(notes as Element, '.sl-x-desk-by')).toEqual([
      'Set by your organisation',
      'Your desk',
      'Your desk',
    ]);
    expect(shownText(notes?.querySelector('.sl-x-desk-more') ?? null)).toBe('1 more desk note under More');
  });

  it('marks a first step that is our general advice, and one that says nothing is to be done', () => {
    const advice = renderCard(document, viewOf(soma), { expanded: false });
    const next = advice.querySelector('.sl-c-next');
    expect(next?.getAttribute('data-kind')).toBe('advice');
    expect(next?.textContent).toContain(`Next: ${soma.generalAdvice?.[0]}`);
    expect(next?.textContent).toContain('not from the vendor’s documentation');
    const apic = entry('dpod.executions.skipped-apic-domain');
    const none = renderCard(document, viewOf(apic), { expanded: false });
    expect(none.querySelector('.sl-c-next')?.textContent).toBe(apic.noAction);
  });

  it('keeps page text as text: a hostile label, ID or row cell never becomes markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const view: StatusView = {
      ...viewOf(failed),
      label: evil,
      supportId: { label: 'Migration ID', value: '<b>M-1</b>' },
      row: [{ name: '<i>Mailbox</i>', value: evil }],
      notes: [{ text: evil, origin: 'user' }],
    };
    const card = renderCard(document, view, { expanded: true });
    document.body.append(card);
    expect(card.querySelector('img, b, i')).toBeNull();
    expect(card.querySelector(`.${CARD_TITLE_CLASS}`)?.textContent).toBe(evil);
    expect(card.querySelector('.sl-c-id-value')?.textContent).toBe('<b>M-1</b>');
    expect(shownText(card.querySelector('.sl-x-desk-text'))).toBe(evil);
    card.remove();
  });

  it('wraps long codes at underscores without changing their text', () => {
    const card = renderCard(document, viewOf(nfs), { expanded: false });
    const title = card.querySelector(`.${CARD_TITLE_CLASS}`);
    expect(title?.querySelectorAll('wbr')).toHaveLength(6);
    expect(title?.textContent).toBe('EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE');
  });

  it('caps very long page text', () => {
    const card = renderCard(document, { ...viewOf(failed), label: 'x'.repeat(5000) }, { expanded: false });
    expect(card.querySelector(`.${CARD_TITLE_CLASS}`)?.textContent?.length).toBeLessThanOrEqual(200);
  });
});

describe('More', () => {
  it('opens the details in place, tells whoever shows the card, and closes them again', () => {
    const onToggle = vi.fn();
    const card = renderCard(document, viewOf(reauth), { expanded: false, onToggle, actions: actions() });
    const more = [...card.querySelectorAll('button')].find((b) => b.textContent === 'More') as HTMLButtonElement;
    const details = card.querySelector('.sl-c-more') as HTMLElement;
    more.click();
    expect(onToggle).toHaveBeenLastCalledWith(true);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(card.dataset.expanded).toBe('true');
    more.click();
    expect(onToggle).toHaveBeenLastCalledWith(false);
    expect(details.hidden).toBe(true);
  });

  it('holds the cause, every step, the menu path, the scenarios, the sources, the row and Add a desk note', () => {
    const acts = actions();
    const card = renderCard(document, viewOf(reauth), { expanded: true, actions: acts });
    const details = card.querySelector('.sl-c-more') as HTMLElement;
    expect(texts(details, '.sl-c-h')).toEqual([
      'What to do',
      'Menu path',
      'Which case is yours',
      'Where this comes from',
      'This row',
    ]);
    expect(texts(details, '.sl-x-todo li')).toEqual(reauth.steps);
    expect(details.querySelectorAll('.sl-x-scenario')).toHaveLength(3);
    expect(details.querySelector('.sl-x-key')?.textContent).toBe(reauth.scenarios?.[0]?.button);
    expect(texts(details, '.sl-x-row li')).toEqual(['Started: 2026-03-02 09:14']);
    const add = details.querySelector<HTMLButtonElement>('.sl-x-add-note');
    expect(add?.textContent).toBe('Add a desk note');
    add?.click();
    expect(acts.addNote).toHaveBeenCalledOnce();
  });

  it('shows facts, mxHERO’s level, module and type, other labels and general advice, labelled', () => {
    const retrying = renderCard(document, viewOf(entry('dropsuite.backups.retrying')), { expanded: true });
    expect(texts(retrying, '.sl-x-fact')).toEqual(['Reconnects every 30 minutes', 'Retries up to 25 times']);
    const storage = entry('mxhero.notifications.storage-error');
    const mx = renderCard(document, viewOf(storage), { expanded: true });
    const n = storage.notification;
    expect(texts(mx, '.sl-x-meta dt')).toEqual(['Level', 'Module', 'Type']);
    expect(texts(mx, '.sl-x-meta dd')).toEqual([n?.level, n?.module, n?.type]);
    const started = entry('dpod.executions.sent-to-mdb');
    const multi = renderCard(
      document,
      { ...viewOf(started), label: 'EXECUTION_STARTED' },
      { expanded: true, where: 'popup' },
    );
    expect(texts(multi, '.sl-x-also code')).toEqual(['SENT_TO_MDB', 'EXECUTION_PRE_CHECKS_STARTED']);
    const advice = renderCard(document, viewOf(soma), { expanded: true });
    expect(advice.querySelector('.sl-x-advice .sl-c-h')?.textContent).toBe(GENERAL_ADVICE_LABEL);
    expect(texts(advice, '.sl-x-advice li')).toEqual(soma.generalAdvice);
  });

  it('links the vendor’s pages in a new tab without a referrer', () => {
    const card = renderCard(document, viewOf(nfs), { expanded: true });
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.sl-x-sources a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noreferrer noopener');
    }
  });

  it('shows "Where it shows" in the popup only', () => {
    expect(renderCard(document, viewOf(failed), { expanded: true }).textContent).not.toContain(failed.shownAt);
    expect(renderCard(document, viewOf(failed), { expanded: true, where: 'popup' }).textContent).toContain(
      failed.shownAt,
    );
  });
});

describe('other cards', () => {
  it('gives a success or in-progress status a short card without buttons, still saying where it stands', () => {
    for (const id of ['dropsuite.migrates.completed', 'dpod.executions.sent-to-mdb']) {
      const e = entry(id);
      const card = renderCard(document, viewOf(e), { expanded: false, actions: actions(), keysHint: 'Esc closes' });
      expect(card.dataset.kind).toBe('quiet');
      expect(card.querySelectorAll('button')).toHaveLength(0);
      expect(card.querySelector('.sl-c-meaning')?.textContent).toBe(e.meaning);
      expect(card.querySelector('.sl-x-place')?.textContent).toContain(e.product === 'dpod' ? 'DPOD' : 'Dropsuite');
      expect(card.querySelector('.sl-c-next, .sl-x-support, .sl-c-more')).toBeNull();
    }
  });

  it('says an unknown status is not in the catalog, with the ID support will ask for and the button to explain it', () => {
    const acts = actions();
    const card = renderCard(document, unknownView('Synchronizing Archive'), { expanded: false, actions: acts });
    expect(card.dataset.kind).toBe('unknown');
    expect(card.querySelector(`.${CARD_TITLE_CLASS}`)?.textContent).toBe('Synchronizing Archive');
    expect(card.querySelector('.sl-x-badge')?.textContent).toBe('Unknown');
    expect(card.querySelector('.sl-c-meaning')?.textContent).toContain('Not in the Status Lens catalog');
    expect(card.querySelector('.sl-x-support')?.textContent).toContain('j.doe@contoso.example');
    const buttons = [...card.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Copy', 'Explain this status for the desk']);
    buttons[1]?.click();
    expect(acts.addNote).toHaveBeenCalledOnce();
    // Without a way to take it, no explain button; the ID can still be copied.
    const alone = renderCard(document, unknownView('X'), { expanded: false });
    expect([...alone.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy']);
  });

  it('shows a desk entry’s meaning and steps, marked as the desk’s', () => {
    const view: StatusView = {
      ...viewOf(nfs),
      label: 'EXECUTION_NEW_VENDOR_CODE',
      severity: 'error',
      subject: {
        kind: 'desk',
        entry: {
          product: 'dpod',
          section: 'executions',
          label: 'EXECUTION_NEW_VENDOR_CODE',
          severity: 'error',
          meaning: 'Appeared after the vendor’s last release: the backup did not run.',
          steps: ['Run the backup again by hand.', 'Tell the desk lead.'],
          origin: 'policy',
        },
      },
    };
    const card = renderCard(document, view, { expanded: false });
    expect(card.dataset).toMatchObject({ entryId: 'desk:dpod:executions:execution_new_vendor_code', desk: 'policy' });
    expect(shownText(card.querySelector('.sl-x-desk-mark'))).toBe(
      'Explained by your organisation’s support desk, not by the catalog',
    );
    expect(shownText(card.querySelector('.sl-c-meaning'))).toBe(
      'Appeared after the vendor’s last release: the backup did not run.',
    );
    expect(shownText(card.querySelector('.sl-c-next'))).toBe('Next: Run the backup again by hand.');
    pressMore(card);
    expect(shownTexts(card, '.sl-x-todo li')).toEqual(['Run the backup again by hand.', 'Tell the desk lead.']);
    expect(card.querySelector('.sl-x-sources')).toBeNull();
  });

  it('holds none of the desk’s words as text on a console’s page (window.find reads closed roots); the popup does', () => {
    const meaning = 'Appeared after the vendor’s last release: the backup did not run.';
    const step = 'Ring Dana on 4471 before a rerun.';
    const desk: StatusView = {
      ...viewOf(nfs, { notes: 'three', id: 'short' }),
      label: 'EXECUTION_NEW_VENDOR_CODE',
      subject: {
        kind: 'desk',
        entry: {
          product: 'dpod',
          section: 'executions',
          label: 'EXECUTION_NEW_VENDOR_CODE',
          severity: 'error',
          meaning,
          steps: [step],
          origin: 'user',
        },
      },
    };
    const words = [...desk.notes.map((n) => n.text), meaning, step, 'Your desk', 'Explained by your support desk'];
    const page = renderCard(document, desk, { expanded: true, actions: actions() });
    const popup = renderCard(document, desk, { expanded: true, where: 'popup' });
    for (const said of words) {
      expect(page.textContent, said).not.toContain(said);
      expect(shownText(page), said).toContain(said);
      expect(popup.textContent, said).toContain(said);
    }
    // What shows them there: CSS, from an attribute inside the card's closed shadow root.
    expect(CARD_CSS).toContain(`.${DESK_TEXT_CLASS}::before{content:attr(data-text);}`);
    // The catalog's own words stay text (the catalog is public).
    expect(page.textContent).toContain('Copy for ticket');
  });
});

describe('copying', () => {
  it('hands the ticket and the ID to the actions, and says it copied', async () => {
    const acts = actions();
    const view = viewOf(failed);
    const card = renderCard(document, view, { expanded: false, actions: acts });
    const copy = card.querySelector<HTMLButtonElement>('.sl-x-copy');
    copy?.click();
    expect(acts.copyTicket).toHaveBeenCalledWith(ticketText(view));
    await vi.waitFor(() => expect(copy?.textContent).toBe('Copied ✓'));
    expect(card.querySelector('[role="status"][aria-live="polite"]')?.textContent).toMatch(/^Copied/);
    card.querySelector<HTMLButtonElement>('.sl-c-copy-id')?.click();
    expect(acts.copyId).toHaveBeenCalledWith('M-7783');
  });

  it('says so when an action reports that copying failed', async () => {
    const card = renderCard(document, viewOf(failed), {
      expanded: false,
      actions: { copyTicket: async () => false, copyId: () => {} },
    });
    const copy = card.querySelector<HTMLButtonElement>('.sl-x-copy');
    copy?.click();
    await vi.waitFor(() => expect(copy?.textContent).toBe('Could not copy'));
    expect(card.querySelector('.sl-x-live')?.textContent).toMatch(/Could not copy/);
  });

  describe('without actions, by itself', () => {
    const writeText = vi.fn<(text: string) => Promise<void>>();
    beforeEach(() => {
      writeText.mockReset();
      Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    });
    afterEach(() => {
      Reflect.deleteProperty(window.navigator, 'clipboard');
      Reflect.deleteProperty(document, 'execCommand');
    });

    it('uses the clipboard API', async () => {
      writeText.mockResolvedValue(undefined);
      const view = viewOf(failed);
      const card = renderCard(document, view, { expanded: false });
      document.body.append(card);
      card.querySelector<HTMLButtonElement>('.sl-x-copy')?.click();
      await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(ticketText(view)));
      card.remove();
    });

    it('falls back to a hidden textarea and execCommand when the clipboard API refuses', async () => {
      writeText.mockRejectedValue(new window.DOMException('denied', 'NotAllowedError'));
      let copied = '';
      // jsdom has no execCommand; stand in for the browser's, reading the selected textarea.
      const exec = vi.fn(() => {
        const area = document.activeElement;
        copied = area instanceof window.HTMLTextAreaElement ? area.value : '';
        return true;
      });
      Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
      const card = renderCard(document, viewOf(failed), { expanded: false });
      document.body.append(card);
      const copy = card.querySelector<HTMLButtonElement>('.sl-c-copy-id');
      copy?.click();
      await vi.waitFor(() => expect(copy?.textContent).toBe('Copied ✓'));
      expect(exec).toHaveBeenCalledWith('copy');
      expect(copied).toBe('M-7783');
      expect(card.querySelector('textarea')).toBeNull();
      card.remove();
    });
  });
});

describe('keys hint', () => {
  it('shows at the foot of a card with buttons', () => {
    const card = renderCard(document, viewOf(failed), { expanded: false, keysHint: 'Esc closes' });
    expect(card.querySelector('.sl-c-foot .sl-c-keys')?.textContent).toBe('Esc closes');
  });
});

/** Presses the card's More, as a user opens its details. */
function pressMore(card: HTMLElement): void {
  const more = [...card.querySelectorAll('button')].find((b) => b.textContent === 'More');
  if (!more) throw new Error('the card has no More');
  more.click();
}
