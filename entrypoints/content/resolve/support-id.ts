/**
 * The ID support asks for about a job, read from the status's own row: under a column its section names
 * ("Migration ID", or "Migration" as resellers head it), else a value of the ID's shape (an address, a job
 * number), else the row's first column. Said plainly (null) when the row shows none.
 */
import type { Section } from '../../../catalog/schema';
import { wholeText } from '../../../components/page/dom';
import { headerOf, type Row, textWithoutControls } from './row';

type Spec = NonNullable<Section['supportId']>;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A job's ID as consoles print them: "M-7783", "MIG-20931", "#48213", "a1b2c3d4-…" — a token with digits in it. */
const JOB_ID = /^#?(?:[A-Za-z]{1,6}[-_#]?\d[\w-]{1,40}|\d{4,}|[0-9a-f]{8}-[0-9a-f-]{4,})$/i;
/** Dates and times, which have the digits of an ID but never are one. */
const DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{1,2}:\d{2}/;
const MAX_VALUE = 120;

export function supportIdIn(row: Row, status: Element, spec: Spec): string | null {
  const cells = row.cells.filter((c) => c !== row.statusCell && !c.contains(status) && !status.contains(c));
  // The column's heading, in the order the section gives its names: the most telling first.
  if (row.headers.length) {
    for (const header of spec.headers) {
      const cell = cells.find((c) => headerOf(row, c) === header);
      const value = cell && cellValue(cell);
      if (value) return value;
    }
  }
  // A value of the ID's shape anywhere in the row.
  for (const cell of cells) {
    const value = cellValue(cell);
    if (value && looksLike(value, spec.shape))
      return spec.shape === 'email' ? (value.match(EMAIL)?.[0] ?? value) : value;
  }
  if (spec.shape === 'email') {
    const found = wholeText(row.element).match(EMAIL)?.[0];
    if (found) return found;
  }
  // A table's first column names its row, unless it is the status itself.
  const first = row.headers.length ? cells[0] : undefined;
  return first && first === row.cells[0] ? cellValue(first) : null;
}

/** What a console shows in a cell that has no value yet: no ID, whatever column it stands in. */
const PLACEHOLDER = /^(?:[-–—.·?*\s]*|n\/?a|none|null|pending|unknown|not available|tbd)$/i;

function cellValue(cell: Element): string | null {
  const text = textWithoutControls(cell);
  return text && !PLACEHOLDER.test(text) ? text.slice(0, MAX_VALUE) : null;
}

function looksLike(value: string, shape: Spec['shape']): boolean {
  return shape === 'email' ? EMAIL.test(value) : JOB_ID.test(value) && !DATE.test(value);
}
