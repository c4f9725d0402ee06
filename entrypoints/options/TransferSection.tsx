import { type ChangeEvent, useRef, useState } from 'react';
import { exportSettingsFile, parseSettingsFile, SETTINGS_FILE_NAME } from '../../components/settings/file';
import type { Settings } from '../../components/settings/schema';
import { releaseHosts } from './permissions';

interface Props {
  settings: Settings;
  update: (change: (settings: Settings) => Settings) => Promise<void>;
  announce: (message: string) => void;
}

// A settings file is a few kilobytes; anything far bigger is not one.
const MAX_FILE_BYTES = 1_000_000;

/** Export and import, so a support desk can hand its hosts, notes and desk entries to every technician. */
export function TransferSection({ settings, update, announce }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<{ file: string; problems: string[] } | null>(null);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportSettingsFile(settings)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: SETTINGS_FILE_NAME });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(`Exported the settings as ${SETTINGS_FILE_NAME}.`);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = ''; // choosing the same file again must fire a change
    if (!file) return;
    const result =
      file.size > MAX_FILE_BYTES
        ? { ok: false as const, problems: ['The file is too large to be a settings file.'] }
        : await parseSettingsFile(await file.text());
    if (!result.ok) {
      setRefusal({ file: file.name, problems: result.problems });
      return;
    }
    setRefusal(null);
    const removed = settings.hosts.filter((h) => !result.settings.hosts.some((n) => n.pattern === h.pattern));
    await update(() => result.settings);
    await releaseHosts(
      removed.map((h) => h.pattern),
      result.settings.hosts,
    );
    const count = result.settings.hosts.length;
    announce(
      `Imported ${file.name}: the console switches, ${count} ${count === 1 ? 'host' : 'hosts'}, ` +
        `${plural(result.settings.notes.length, 'desk note')} and ${plural(result.settings.deskEntries.length, 'desk entry', 'desk entries')}.` +
        (count ? ' Grant access to the hosts below where it is missing.' : ''),
    );
  };

  return (
    <section className="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <p className="lead">
        Save the console switches, hosts, desk notes and desk entries to a file and load it on another browser.
        Importing replaces the current settings; a file with any error is refused as a whole.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={exportFile}>
          Export settings
        </button>
        <button type="button" className="button" onClick={() => picker.current?.click()}>
          Import settings…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Settings file to import"
          onChange={(event) => void importFile(event)}
        />
      </div>
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
