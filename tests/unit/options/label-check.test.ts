import { describe, expect, it } from 'vitest';
import type { DeskEntry } from '../../../components/desk/schema';
import { checkLabel, knownLabels } from '../../../entrypoints/options/label-check';

const deskEntry: DeskEntry = {
  product: 'dpod',
  section: 'executions',
  label: 'EXECUTION_PAUSED_BY_VENDOR',
  severity: 'warning',
  meaning: 'Paused.',
  steps: [],
};

describe('a desk note’s status field', () => {
  it('offers the labels the console shows in the section, and only those', () => {
    const backups = knownLabels({ product: 'dropsuite', section: 'backups' });
    expect(backups).toContain('Space Full');
    expect(backups).toContain('Retrying');
    expect(backups).not.toContain('Expired'); // a Downloads status
    expect(new Set(backups.map((l) => l.toLowerCase())).size).toBe(backups.length);
    expect(knownLabels({ product: 'dropsuite', section: null })).toContain('Expired');
  });

  it('offers the desk’s own entries of the section too', () => {
    expect(knownLabels({ product: 'dpod', section: 'executions' }, [deskEntry])).toContain(
      'EXECUTION_PAUSED_BY_VENDOR',
    );
    expect(knownLabels({ product: 'mxhero', section: null }, [deskEntry])).not.toContain('EXECUTION_PAUSED_BY_VENDOR');
  });

  it('warns on a label nothing has, suggesting the nearest: "Spce Full" → Space Full', () => {
    const known = knownLabels({ product: 'dropsuite', section: 'backups' });
    expect(checkLabel('Spce Full', known)).toEqual({ kind: 'unknown', suggestion: 'Space Full' });
    expect(checkLabel('space_full', known)).toEqual({ kind: 'unknown', suggestion: 'Space Full' });
    expect(checkLabel('Quantum flux', known)).toEqual({ kind: 'unknown' });
  });

  it('is content with a known label in any case, the start of one being typed, or nothing', () => {
    const known = knownLabels({ product: 'dropsuite', section: 'backups' });
    for (const label of ['Space Full', 'space full', '  SPACE   FULL ', 'Spa', '']) {
      expect(checkLabel(label, known), label).toEqual({ kind: 'fine' });
    }
    expect(
      checkLabel('execution_paused_by_vendor', knownLabels({ product: 'dpod', section: null }, [deskEntry])),
    ).toEqual({
      kind: 'fine',
    });
  });
});
