import { type ChangeEvent, useRef, useState } from 'react';
import { exportSettingsFile, parseSettingsFile, SETTINGS_FILE_NAME } from '../../components/settings/file';
import type { Settings } from '../../components/settings/schema';
import type { Confirm } from './confirmation';
import { ImportPreview } from './ImportPreview';
import { changeCount, diffSettings, losesSomething, mergeSettings, type SettingsDiff } from './import-diff';
import { releaseHosts, requestHosts } from './permissions';

interface Props {
  settings: Settings;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  confirm: Confirm;
}

// A settings file is a few kilobytes; anything far bigger is not one.
const MAX_FILE_BYTES = 1_000_000;

interface Pending {
  file: string;
  incoming: Settings;
}

/** Export and import, so a support desk can hand its hosts, notes and desk entries to every technician. */
export function TransferSection({ settings, update, confirm }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const [refusal, setRefusal] = useState<{ file: string; problems: string[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportSettingsFile(settings)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: SETTINGS_FILE_NAME });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    confirm(`Exported ${contents(settings)} as ${SETTINGS_FILE_NAME}, in your downloads.`);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = ''; // choosing the same file again must fire a change
    if (!file) return;
    const result =
      file.size > MAX_FILE_BYTES
        ? { ok: false as const, problems: ['The file is too large to be a settings file.'] }
        : await parseSettingsFile(await file.text());
    if (!result.ok) {
      setPending(null);
      setRefusal({ file: file.name, problems: result.problems });
      return;
    }
    setRefusal(null);
    setPending({ file: file.name, incoming: result.settings });
  };

  const close = () => {
    setPending(null);
    requestAnimationFrame(() => importButton.current?.focus());
  };

  /** Applies the file's settings (as they are, or merged) with a confirmation and, where it lost something, Undo. */
  const apply = (file: string, next: Settings, how: 'replaced' | 'merged') => {
    const before = settings;
    const diff = diffSettings(before, next);
    const added = next.hosts.filter((h) => !before.hosts.some((b) => b.pattern === h.pattern));
    // Inside the click: the browser asks once for access to the file's new hosts.
    const request = added.length ? requestHosts(added.map((h) => h.pattern)).catch(() => false) : null;
    const removed = before.hosts.filter((h) => !next.hosts.some((n) => n.pattern === h.pattern));
    close();
    void (async () => {
      await update(() => next);
      await releaseHosts(
        removed.map((h) => h.pattern),
        next.hosts,
      );
      const granted = request ? await request : true;
      const undo = losesSomething(diff)
        ? async () => {
            // Inside the Undo click: access to the hosts the import removed is asked for again.
            const ask = removed.length ? requestHosts(removed.map((h) => h.pattern)).catch(() => false) : null;
            await update(() => before);
            await releaseHosts(
              added.map((h) => h.pattern),
              before.hosts,
            );
            if (ask) await ask;
            return `Put back the settings as they were before importing ${file}.`;
          }
        : undefined;
      confirm(
        `Imported ${file} (${how}): ${describeDiff(diff)}.` +
          (granted ? '' : ' The browser did not grant access to every new host: choose Grant in the list.'),
        undo,
      );
    })();
  };

  return (
    <section className="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <p className="lead">
        Save the console switches, hosts, desk notes and desk entries to a file and load it on another browser.
        Importing shows what changes first, and you choose to replace your settings or merge the file into them; a file
        with any error is refused as a whole.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={exportFile}>
          Export settings
        </button>
        <button type="button" className="button" ref={importButton} onClick={() => picker.current?.click()}>
          Import settings…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Settings file to import"
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      {pending && (
        <Preview
          pending={pending}
          settings={settings}
          apply={apply}
          onCancel={() => {
            close();
            confirm(`Did not import ${pending.file}: your settings are unchanged.`);
          }}
        />
      )}
      {refusal && (
        <div className="message error" role="alert">
          <p>
            <strong>{refusal.file} was not imported.</strong> Your current settings are unchanged.
          </p>
          <ul>
            {refusal.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function Preview({
  pending,
  settings,
  apply,
  onCancel,
}: {
  pending: Pending;
  settings: Settings;
  apply: (file: string, next: Settings, how: 'replaced' | 'merged') => void;
  onCancel: () => void;
}) {
  const merged = mergeSettings(settings, pending.incoming);
  return (
    <ImportPreview
      file={pending.file}
      replace={diffSettings(settings, pending.incoming)}
      merge={merged.ok ? diffSettings(settings, merged.settings) : merged.problem}
      onReplace={() => apply(pending.file, pending.incoming, 'replaced')}
      onMerge={() => merged.ok && apply(pending.file, merged.settings, 'merged')}
      onCancel={onCancel}
    />
  );
}

/** "1 host, 2 desk notes and no desk entry". */
function contents(settings: Settings): string {
  return `${plural(settings.hosts.length, 'host')}, ${plural(settings.notes.length, 'desk note')} and ${plural(settings.deskEntries.length, 'desk entry', 'desk entries')}`;
}

/** "2 added, 1 replaced, 1 removed", or that nothing changed. */
function describeDiff(diff: SettingsDiff): string {
  const parts = (['added', 'replaced', 'removed'] as const)
    .map((kind) => [kind, changeCount(diff, kind)] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return parts.length ? parts.join(', ') : 'nothing changed';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? `1 ${one}` : `${n === 0 ? 'no' : n} ${many}`;
}
