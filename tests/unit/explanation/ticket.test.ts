import { describe, expect, it } from 'vitest';
import { allEntries } from '../../../catalog';
import type { StatusView } from '../../../components/explanation/model';
import { MAX_TICKET_LINES, ticketText } from '../../../components/explanation/ticket';
import { SEVERITY_TEXT } from '../../../components/explanation/wording';
import { LONG_ID, unknownView, viewOf } from '../../card/views';
import { entry } from './setup';

const lines = (text: string) => text.split('\n');

describe('ticketText, per console', () => {
  it('Dropsuite: the Migration ID with its value, the row, meaning, numbered steps, one line of sources', () => {
    const failed = entry('dropsuite.migrates.failed');
    expect(lines(ticketText(viewOf(failed)))).toEqual([
      `Status: Failed (${SEVERITY_TEXT[failed.severity]})`,
      'Console: Dropsuite › Migrates',
      'Migration ID: M-7783',
      'Row: Mailbox: j.doe@contoso.example · Started: 2026-03-02 09:14',
      `Meaning: ${failed.meaning}`,
      'What to do:',
      `1. ${failed.steps[0]}`,
      `2. ${failed.steps[1]}`,
      'Sources: Reseller support article: Dropsuite error and status catalogue',
    ]);
  });

  it('DPOD: the task, device, domain and time of the row; the cause folded into the meaning', () => {
    const nfs = entry('dpod.executions.execution-pre-checks-nfs-out-of-space');
    const text = lines(ticketText(viewOf(nfs)));
    expect(text.slice(0, 4)).toEqual([
      `Status: EXECUTION_PRE_CHECKS_NFS_OUT_OF_SPACE (${SEVERITY_TEXT[nfs.severity]})`,
      'Console: DPOD › Backup task executions',
      'Row: Task: 4711 · Device: idg-prod-01 · Domain: default · Time: 2026-03-02 02:00:13',
      `Meaning: ${nfs.meaning} ${nfs.cause}`,
    ]);
    // DPOD's sections ask for no support ID.
    expect(text.some((l) => l.includes(' ID:'))).toBe(false);
    // Titles grouped by publisher, each once; an address only when short.
    const sources = text.at(-1) ?? '';
    expect(sources).toMatch(/^Sources: IBM DPOD documentation: Backup Tasks Status Codes, /);
    expect(sources).not.toContain('montier.atlassian.net/wiki/spaces');
  });

  it('mxHERO: the account, and the notification’s level, module and type', () => {
    const e = entry('mxhero.notifications.storage-credential-no-access');
    const text = lines(ticketText(viewOf(e)));
    expect(text.slice(0, 4)).toEqual([
      `Status: storage_credential_no_access (${SEVERITY_TEXT[e.severity]})`,
      'Console: mxHERO › Notifications',
      'Row: Account: finance@contoso.example · Date: 2026-03-02 08:41',
      `Notification: level ${e.notification?.level}, module ${e.notification?.module}, type ${e.notification?.type}`,
    ]);
    expect(text.at(-1)).toBe('Sources: mxHERO Help Center: Notifications: Error Codes Reference');
  });
});

describe('ticketText', () => {
  it('puts the desk’s notes first, one line each, the third on only counted', () => {
    const connection = entry('dropsuite.backups.connection-error');
    const text = lines(ticketText(viewOf(connection, { notes: 'three', id: 'short' })));
    expect(text[0]).toMatch(/^Desk note \(set by your organisation\): Escalate to the tier-2 mail team/);
    expect(text[1]).toBe(
      'Desk note (your desk): Check the tenant’s service health page first. / If Microsoft reports an incident, wait for it.',
    );
    expect(text[2]).toBe('(1 more desk note in Status Lens)');
    expect(text[3]).toBe(`Status: Connection Error (${SEVERITY_TEXT[connection.severity]})`);
  });

  it('says when the row does not show the support ID', () => {
    const text = ticketText(viewOf(entry('dropsuite.migrates.failed'), { notes: 'none', id: 'missing' }));
    expect(text).toContain('Migration ID: not shown in the row');
  });

  it('marks our general advice as ours when the vendor gives no step', () => {
    const soma = entry('dpod.executions.execution-export-domain-persisted-soma-error');
    expect(ticketText(viewOf(soma))).toContain(
      `What to do (general advice, not from the vendor): ${soma.generalAdvice?.join(' ')}`,
    );
    const done = entry('dropsuite.migrates.completed');
    expect(ticketText(viewOf(done))).toContain(`What to do: ${done.noAction}`);
  });

  it('stays under 15 lines and plain text for every status, with three notes and a long ID', () => {
    for (const e of allEntries()) {
      const text = ticketText(viewOf(e, { notes: 'three', id: 'long' }));
      expect(lines(text).length, e.id).toBeLessThan(15);
      expect(text, e.id).not.toMatch(/<[a-z]/i);
      expect(text, e.id).not.toMatch(/\n\s*\n/);
      if (e.product === 'dropsuite') expect(text, e.id).toContain(LONG_ID);
    }
  });

  it('keeps every step of a desk entry, sharing the last line when there are many', () => {
    const steps = Array.from({ length: 10 }, (_, i) => `Step number ${i + 1}.`);
    const view: StatusView = {
      ...viewOf(entry('dropsuite.migrates.failed'), { notes: 'three', id: 'short' }),
      subject: {
        kind: 'desk',
        entry: {
          product: 'dropsuite',
          section: 'migrates',
          label: 'Frozen',
          severity: 'warning',
          meaning: 'Stuck.',
          steps,
          origin: 'user',
        },
      },
      severity: 'warning',
      label: 'Frozen',
    };
    const text = lines(ticketText(view));
    expect(text.length).toBeLessThanOrEqual(MAX_TICKET_LINES);
    expect(text).toContain('Meaning (your desk): Stuck.');
    expect(text.at(-1)).toBe('Source: your support desk');
    const joined = text.join('\n');
    for (const [i, step] of steps.entries()) expect(joined).toContain(`${i + 1}. ${step}`);
  });

  it('keeps page text as it reads, hostile or not', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const failed = entry('dropsuite.migrates.failed');
    const text = ticketText({ ...viewOf(failed), label: evil });
    expect(lines(text)[0]).toBe(`Status: ${evil} (${SEVERITY_TEXT[failed.severity]})`);
  });

  it('gives an unknown status what is known: label, place, ID and row', () => {
    expect(lines(ticketText(unknownView('Synchronizing Archive')))).toEqual([
      'Status: Synchronizing Archive (Unknown)',
      'Console: Dropsuite › Backups',
      'Mailbox Email ID: j.doe@contoso.example',
      'Row: Started: 2026-03-02 09:14',
      'Meaning: Not in the Status Lens catalog.',
    ]);
  });
});
