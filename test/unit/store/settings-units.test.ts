/** The units setting on a real SQLite file: old databases read metric, a choice survives a restart. */
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/main/api/dispatch';
import { dataFolder, openServices } from './support';

describe('settings.units', () => {
  it('reads metric from a database written before the setting existed', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    await first.handlers['settings.update']({ countdownSeconds: 5 });
    // an older app's rows: every other key, no units row
    first.db.prepare("DELETE FROM settings WHERE key = 'units'").run();
    first.close();

    const settings = await openServices(dir).handlers['settings.get']({});
    expect(settings).toMatchObject({ units: 'metric', countdownSeconds: 5 });
  });

  it('keeps imperial across a restart and reads an unknown stored value as metric', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    expect(await first.handlers['settings.update']({ units: 'imperial' })).toMatchObject({ units: 'imperial' });
    first.close();

    const second = openServices(dir);
    expect(await second.handlers['settings.get']({})).toMatchObject({ units: 'imperial' });
    second.db.prepare("UPDATE settings SET value = '\"furlongs\"' WHERE key = 'units'").run();
    expect(await second.handlers['settings.get']({})).toMatchObject({ units: 'metric' });
  });

  it('refuses a unit system it does not know, naming the field', async () => {
    const services = openServices();
    const outcome = await createDispatch(services.handlers)('settings.update', { units: 'furlongs' });
    expect(outcome).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { message: expect.stringMatching(/units/) } },
    });
    expect(await services.handlers['settings.get']({})).toMatchObject({ units: 'metric' });
  });
});
