/** User settings as one JSON value per key; unknown or invalid stored values fall back to defaults. */
import type Database from 'better-sqlite3';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/api';

export type SettingsStore = ReturnType<typeof createSettingsStore>;

export function createSettingsStore(db: Database.Database) {
  const all = db.prepare('SELECT key, value FROM settings');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  const fields = settingsSchema.shape;

  function get(): Settings {
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const { key, value } of all.all() as { key: string; value: string }[]) {
      if (!(key in fields)) continue;
      const parsed = fields[key as keyof Settings].safeParse(JSON.parse(value));
      if (parsed.success) settings[key] = parsed.data;
    }
    return settings as Settings;
  }

  const update = db.transaction((changes: Partial<Settings>) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  });

  return {
    get,
    update(changes: Partial<Settings>): Settings {
      update(changes);
      return get();
    },
  };
}
