/**
 * `npm start` opens browser mode without the token on any command line: the
 * opener, here a real `xdg-open` stand-in on PATH that records its arguments, gets the path of a page
 * only this user can read; that page moves on to the start URL.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openBrowser } from '../../../scripts/open-browser.mjs';
import { tempDataDir } from './support';

const temp = tempDataDir();
afterAll(() => temp.remove());

describe('opening the browser', () => {
  it('gives xdg-open a 0600 page that moves on to the URL, never the URL itself', async () => {
    const bin = join(temp.dir, 'bin');
    const argvFile = join(temp.dir, 'xdg-open-argv.txt');
    mkdirSync(bin);
    writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nprintf "%s\\n" "$@" > "$ARGV_FILE"\n');
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const token = 'Tok3n-that-must-not-leak_0123456789abcdef';
    const url = `http://127.0.0.1:4321/?token=${token}`;

    const remove = openBrowser(url, {
      platform: 'linux',
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        DISPLAY: ':99',
        RETROWALK_NO_OPEN: '0',
        ARGV_FILE: argvFile,
      },
    });
    await vi.waitFor(() => expect(readFileSync(argvFile, 'utf8')).not.toBe(''), { timeout: 10_000, interval: 50 });

    const argv = readFileSync(argvFile, 'utf8').trim().split('\n');
    expect(argv).toHaveLength(1);
    expect(argv[0]).not.toContain(token);
    const page = argv[0];
    expect(statSync(page).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(page)).mode & 0o777).toBe(0o700);
    expect(readFileSync(page, 'utf8')).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`);
    remove();
    expect(existsSync(dirname(page))).toBe(false);
  });
});
