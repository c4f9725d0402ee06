import { describe, expect, it } from 'vitest';
import { popupView } from '../../../components/explanation/ExplanationView';
import { entry } from './setup';

describe('the popup’s view of a status', () => {
  it('takes the entry’s own section and support ID, with the value when the page gave one', () => {
    const failed = entry('dropsuite.migrates.failed');
    const view = popupView({ entry: failed, label: 'Failed', sectionId: 'migrates', supportIdValue: 'M-1' });
    expect(view).toMatchObject({
      label: 'Failed',
      console: { id: 'dropsuite', shortName: 'Dropsuite' },
      section: { id: 'migrates', name: 'Migrates' },
      subject: { kind: 'known', entry: failed },
      severity: failed.severity,
      supportId: { label: 'Migration ID', value: 'M-1' },
      row: [],
      notes: [],
    });
    expect(popupView({ entry: failed }).supportId).toEqual({ label: 'Migration ID', value: null });
    expect(popupView({ entry: failed }).label).toBe('Failed');
  });

  it('explains a desk entry as the desk’s, in the section the desk gave', () => {
    const view = popupView({
      deskEntry: {
        product: 'dpod',
        section: null,
        label: 'NEW_CODE',
        severity: 'warning',
        meaning: 'New.',
        steps: [],
      },
      sectionId: 'executions',
      deskNotes: [{ text: 'Note.', origin: 'policy' }],
    });
    expect(view.subject).toMatchObject({ kind: 'desk', entry: { label: 'NEW_CODE', origin: 'user' } });
    expect(view.section).toEqual({ id: 'executions', name: 'Backup task executions' });
    expect(view.supportId).toBeNull();
    expect(view.notes).toEqual([{ text: 'Note.', origin: 'policy' }]);
  });
});
