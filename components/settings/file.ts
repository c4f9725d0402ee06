import { z } from 'zod/mini';
import { restoreSettings } from './salvage';
import { SETTINGS_VERSION, type Settings } from './schema';
import { migrateSettingsValue } from './storage-item';

/** Export and import of settings as a JSON file a support desk can hand to every technician. */

export const SETTINGS_FILE_NAME = 'status-lens-settings.json';

/**
 * An exported settings file. `settings` is taken to the current shape by the same migrations as stored data
 * (@wxt-dev/storage's), then checked by the same salvage.
 */
export const SettingsFileSchema = z.object({
  app: z.literal('status-lens'),
  kind: z.literal('settings'),
  /** Checked apart (`parseSettingsFile`): a version no Status Lens wrote is named as such. */
  version: z.number(),
  exportedAt: z.optional(z.string()),
  settings: z.optional(z.unknown()),
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export function exportSettingsFile(settings: Settings, now = new Date()): string {
  const file = {
    app: 'status-lens',
    kind: 'settings',
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/**
 * A file's settings, or every reason to refuse it. Unlike stored data, an import is all or nothing: a support
 * desk's file with a bad host should be fixed at the desk, not half-applied on every technician's browser.
 */
export async function parseSettingsFile(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON (${(error as Error).message}).`] };
  }
  const file = SettingsFileSchema.safeParse(json);
  if (!file.success) {
    return {
      ok: false,
      problems: [
        'This is not a Status Lens settings file: it lacks "app": "status-lens", "kind": "settings" and a version.',
      ],
    };
  }
  const version = file.data.version;
  if (!Number.isInteger(version) || version < 0) {
    return { ok: false, problems: [`The file's settings version (${version}) is not one Status Lens ever wrote.`] };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      problems: [`The file comes from a newer Status Lens (settings version ${version}); update the extension first.`],
    };
  }
  if (file.data.settings === undefined || file.data.settings === null) {
    return { ok: false, problems: ['The file holds no settings.'] };
  }
  let current: unknown;
  try {
    current = await migrateSettingsValue(file.data.settings, version);
  } catch (error) {
    return { ok: false, problems: [`The settings could not be upgraded (${(error as Error).message}).`] };
  }
  const restored = restoreSettings(current, 'file');
  const problems = restored.notices.filter((n) => n.kind === 'repaired').map((n) => `${n.problem}.`);
  return problems.length ? { ok: false, problems } : { ok: true, settings: restored.settings };
}
