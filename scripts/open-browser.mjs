// Opens browser mode's start URL in the user's browser without putting its token on a command line,
// where every local user can read it (`ps`): the opener (xdg-open, open, start) is given a page only
// this user can read (0600, in a 0700 folder) that moves on to the URL. The server answers a start
// URL reached from such a page with a page of its own, so its SameSite=Strict cookie still works.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Writes the page that moves on to `url`.
 * @param {string} url
 * @param {string} [dir] where to make its folder (default: the system's temporary folder)
 * @returns {{ file: string, remove: () => void }}
 */
export function writeStartPage(url, dir = tmpdir()) {
  const folder = mkdtempSync(join(dir, 'retrowalk-open-')); // mode 0700
  const file = join(folder, 'open-retrowalk.html');
  const href = escapeHtml(url);
  writeFileSync(
    file,
    `<!doctype html><meta http-equiv="refresh" content="0;url=${href}"><title>Retrowalk</title><a href="${href}">Open Retrowalk</a>\n`,
    { mode: 0o600, flag: 'wx' },
  );
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Opens `url` in a browser when one and a display exist; never fails the start.
 * @param {string} url
 * @param {{ env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} [options]
 * @returns {() => void} removes the page (at exit; the browser may read it any time before)
 */
export function openBrowser(url, { env = process.env, platform = process.platform } = {}) {
  if (env.RETROWALK_NO_OPEN === '1') return () => {};
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    console.log('No display here, so no browser was opened: open the address above in Chromium or Chrome.');
    return () => {};
  }
  const page = writeStartPage(url);
  const [cmd, args] =
    platform === 'darwin'
      ? ['open', [page.file]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '', page.file]]
        : ['xdg-open', [page.file]];
  const opener = spawn(cmd, args, { stdio: 'ignore', detached: true, env });
  opener.on('error', () => console.log(`Could not run ${cmd} to open a browser: open the address above yourself.`));
  opener.unref();
  return page.remove;
}
