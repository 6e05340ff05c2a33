import { join } from 'node:path';
import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { appDataRoot, resolveDataDir } from '../../../src/main/dataDir';

describe('data folder', () => {
  it('is <appData>/Retrowalk, like Electron userData, unless RETROWALK_DATA_DIR says otherwise', () => {
    expect(resolveDataDir('/home/ann/.config', {})).toBe('/home/ann/.config/Retrowalk');
    expect(resolveDataDir('/home/ann/.config', { RETROWALK_DATA_DIR: '/tmp/x' })).toBe('/tmp/x');
  });

  it('follows each OS convention for the application data root', () => {
    expect(appDataRoot({}, 'linux')).toBe(join(homedir(), '.config'));
    expect(appDataRoot({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe('/xdg');
    expect(appDataRoot({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support'));
    expect(appDataRoot({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming',
    );
  });
});
