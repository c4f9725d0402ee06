/**
 * What "More" opens in place: the cause (when the collapsed card did not fold it in), every step and menu path,
 * the scenarios, the numbers, mxHERO's level, module and type, the other labels, our general advice (labelled as
 * not the vendor's), where the status shows (the popup only: the card is on that very page), the sources, the
 * row's context and the button to add a desk note.
 */
import type { Entry } from '../../catalog/schema';
import { GENERAL_ADVICE_LABEL } from '../../catalog/sources';
import { appendBreakable, button, deskText, heading, node } from './dom';
import type { StatusView } from './model';
import { renderSources } from './sources';
import { causeAddsSomething, cellText, factText, labelText, otherLabels, rowContext, stepsOf } from './wording';

interface DetailsOptions {
  /** Level of the parts' headings. */
  headingLevel: number;
  /** Where the card is shown: the popup adds "Where it shows". */
  where: 'page' | 'popup';
  /** "Add a desk note", when whoever shows the card can take one. */
  onAddNote?: () => void;
}

/** The expanded part of a card; the renderer shows and hides it. */
export function renderDetails(doc: Document, view: StatusView, opts: DetailsOptions): HTMLElement {
  const details = node(doc, 'div', 'sl-c-more');
  const part = (name: string, className: string, ...content: (Node | string)[]) => {
    const section = node(doc, 'section', `sl-c-part ${className}`);
    section.append(heading(doc, opts.headingLevel, 'sl-c-h', name), ...content);
    details.append(section);
  };
  const subject = view.subject;
  const entry = subject.kind === 'known' ? subject.entry : null;

  if (entry && !causeAddsSomething(entry)) part('Likely cause', 'sl-x-cause', node(doc, 'p', undefined, entry.cause));

  const { steps, instead } = stepsOf(subject);
  if (steps.length > 0) {
    const list = node(doc, 'ol', 'sl-x-steps');
    for (const step of steps) {
      const item = node(doc, 'li');
      // A desk entry's steps are the desk's words (deskText).
      item.append(subject.kind === 'desk' ? deskText(doc, step, opts.where) : step);
      list.append(item);
    }
    part('What to do', 'sl-x-todo', list);
  } else if (instead) {
    part('What to do', 'sl-x-todo', node(doc, 'p', 'sl-x-noaction', instead));
  }

  if (entry) appendEntryParts(doc, part, entry, labelText(view));
  if (entry?.generalAdvice?.length) {
    const list = node(doc, 'ul', 'sl-x-advice-list');
    for (const advice of entry.generalAdvice) list.append(node(doc, 'li', undefined, advice));
    part(GENERAL_ADVICE_LABEL, 'sl-x-advice', list);
  }
  if (entry && opts.where === 'popup') part('Where it shows', 'sl-x-shown', node(doc, 'p', undefined, entry.shownAt));
  if (entry) details.append(renderSources(doc, entry, opts.headingLevel));

  const cells = rowContext(view);
  if (cells.length > 0) {
    const list = node(doc, 'ul', 'sl-x-row');
    for (const cell of cells) list.append(node(doc, 'li', undefined, cellText(cell)));
    part('This row', 'sl-x-row-part', list);
  }

  if (opts.onAddNote) {
    const actions = node(doc, 'div', 'sl-c-more-actions');
    actions.append(button(doc, 'sl-c-button sl-x-add-note', 'Add a desk note', opts.onAddNote));
    details.append(actions);
  }
  return details;
}

type Part = (name: string, className: string, ...content: (Node | string)[]) => void;

/** The parts only a catalog entry has: menu paths, scenarios, facts, mxHERO's metadata, other labels. */
function appendEntryParts(doc: Document, part: Part, entry: Entry, shown: string): void {
  if (entry.menuPaths.length > 0) {
    const paths = entry.menuPaths.map((path) => {
      const list = node(doc, 'ol', 'sl-x-path');
      list.setAttribute('aria-label', 'Menu path');
      path.forEach((step, i) => {
        const item = node(doc, 'li');
        if (i > 0) {
          // A visible separator that screen readers skip: the list already says "step n of m".
          const sep = node(doc, 'span', 'sl-x-sep', '›');
          sep.setAttribute('aria-hidden', 'true');
          item.append(sep);
        }
        item.append(node(doc, 'span', 'sl-x-step', step));
        list.append(item);
      });
      return list;
    });
    part(paths.length > 1 ? 'Menu paths' : 'Menu path', 'sl-x-paths', ...paths);
  }

  if (entry.scenarios?.length) {
    const list = node(doc, 'ol', 'sl-x-scenarios');
    for (const scenario of entry.scenarios) {
      const item = node(doc, 'li', 'sl-x-scenario');
      item.append(node(doc, 'p', 'sl-x-situation', scenario.situation));
      const steps = node(doc, 'ol', 'sl-x-steps');
      for (const step of scenario.steps) steps.append(node(doc, 'li', undefined, step));
      item.append(steps);
      if (scenario.button) {
        const press = node(doc, 'p', 'sl-x-button', 'Button to press: ');
        press.append(node(doc, 'span', 'sl-x-key', scenario.button));
        item.append(press);
      }
      list.append(item);
    }
    part('Which case is yours', 'sl-x-cases', list);
  }

  if (entry.facts.length > 0) {
    const list = node(doc, 'ul', 'sl-x-facts');
    for (const fact of entry.facts) {
      const item = node(doc, 'li', 'sl-x-fact', `${fact.label} `);
      item.append(node(doc, 'strong', undefined, factText(fact).slice(fact.label.length + 1)));
      list.append(item);
    }
    part('In numbers', 'sl-x-numbers', list);
  }

  if (entry.notification) {
    const n = entry.notification;
    const meta = node(doc, 'dl', 'sl-x-meta');
    for (const [term, value] of [
      ['Level', n.level],
      ['Module', n.module],
      ['Type', n.type],
    ] as const) {
      const item = node(doc, 'div', 'sl-x-meta-item');
      const dd = node(doc, 'dd', undefined, value);
      if (term === 'Level') dd.dataset.level = value;
      item.append(node(doc, 'dt', undefined, term), dd);
      meta.append(item);
    }
    part('Notification', 'sl-x-notification', meta);
  }

  const others = otherLabels(entry, shown);
  if (others.length > 0) {
    const also = node(doc, 'p', 'sl-x-also');
    others.forEach((other, i) => {
      if (i > 0) also.append(', ');
      const code = node(doc, 'code');
      appendBreakable(doc, code, other);
      also.append(code);
    });
    part('Also shown as', 'sl-x-also-part', also);
  }
}
