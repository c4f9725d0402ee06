import { describe, expect, it } from 'vitest';
import {
  cardKind,
  causeAddsSomething,
  factText,
  nextStep,
  rowContext,
  stepsOf,
} from '../../../components/explanation/wording';
import { unknownView, viewOf } from '../../card/views';
import { entry } from './setup';

describe('the folding rule', () => {
  it('leaves out a cause that only says it is unknown', () => {
    for (const id of ['dropsuite.migrates.failed', 'dropsuite.migrates.retrying', 'dropsuite.downloads.failed']) {
      expect(causeAddsSomething(entry(id)), id).toBe(false);
    }
  });

  it('leaves out a cause that mostly repeats the meaning', () => {
    // "There is a connection problem with the mail server." after "cannot connect to the mail server".
    expect(causeAddsSomething(entry('dropsuite.migrates.connection-error'))).toBe(false);
  });

  it('folds in a cause that says something new', () => {
    for (const id of [
      'dpod.executions.execution-pre-checks-nfs-out-of-space',
      'dropsuite.dashboard.need-reauthentication',
      'dropsuite.migrates.partially-complete',
    ]) {
      expect(causeAddsSomething(entry(id)), id).toBe(true);
    }
  });

  it('never folds for a success or in-progress status (a one-line card)', () => {
    expect(causeAddsSomething(entry('dpod.executions.waiting-for-pre-validation'))).toBe(false);
  });
});

describe('wording', () => {
  it('sorts statuses into one-line, full and unknown cards', () => {
    expect(cardKind(viewOf(entry('dropsuite.migrates.completed')))).toBe('quiet');
    expect(cardKind(viewOf(entry('dropsuite.migrates.in-progress')))).toBe('quiet');
    expect(cardKind(viewOf(entry('dropsuite.downloads.expired')))).toBe('full');
    expect(cardKind(unknownView('X'))).toBe('unknown');
  });

  it('takes the next step from the steps, else noAction, else the general advice', () => {
    const failed = entry('dropsuite.migrates.failed');
    expect(nextStep({ kind: 'known', entry: failed })).toEqual({ text: failed.steps[0], kind: 'step' });
    const apic = entry('dpod.executions.skipped-apic-domain');
    expect(nextStep({ kind: 'known', entry: apic })).toEqual({ text: apic.noAction, kind: 'none' });
    const soma = entry('dpod.executions.execution-export-domain-persisted-soma-error');
    expect(nextStep({ kind: 'known', entry: soma })).toEqual({ text: soma.generalAdvice?.[0], kind: 'advice' });
    expect(nextStep({ kind: 'unknown' })).toBeNull();
    expect(stepsOf({ kind: 'known', entry: soma }).instead).toMatch(/gives no step/);
  });

  it('keeps the row short: no empty cell, no repeat of the ID or the label, at most six cells', () => {
    const view = {
      ...viewOf(entry('dropsuite.migrates.failed')),
      row: [
        { name: 'Migration', value: 'M-7783' },
        { name: 'Status', value: 'Failed' },
        { name: null, value: '   ' },
        ...Array.from({ length: 8 }, (_, i) => ({ name: `C${i}`, value: `v${i}`.repeat(40) })),
      ],
    };
    const cells = rowContext(view);
    expect(cells).toHaveLength(6);
    expect(cells[0]?.name).toBe('C0');
    expect(cells[0]?.value.length).toBeLessThanOrEqual(100);
  });

  it('writes numbers with their units', () => {
    expect(factText({ label: 'Retries up to', value: 25, unit: 'times' })).toBe('Retries up to 25 times');
    expect(factText({ label: 'Retries up to', value: 1, unit: 'times' })).toBe('Retries up to 1 time');
  });
});
