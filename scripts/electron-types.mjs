// Postinstall: makes sure node_modules/electron holds the electron package of package-lock.json, so
// `npm run typecheck` checks src/main and src/preload against Electron's own electron.d.ts. npm leaves
// the optional package out on a Node older than its engines field (Electron 45: >= 22.12), and removes
// it where its install script cannot download the binary; this puts the package back (its files from
// the registry tarball, checked against the lockfile's integrity), without the binary: the state
// `ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install` leaves.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'node_modules', 'electron');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const locked = readJson(join(root, 'package-lock.json')).packages['node_modules/electron'];
if (!locked) {
  console.warn('electron-types: package-lock.json has no electron; nothing to do.');
  process.exit(0);
}
const installedVersion = existsSync(join(packageDir, 'package.json'))
  ? readJson(join(packageDir, 'package.json')).version
  : null;
if (installedVersion === locked.version && existsSync(join(packageDir, 'electron.d.ts'))) {
  console.log(`electron-types: electron ${locked.version} is installed with its electron.d.ts.`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'retrowalk-electron-types-'));
try {
  // npm ci has just fetched this tarball, so npm usually answers from its cache.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const packed = spawnSync(
    npm[0],
    [...npm.slice(1), 'pack', `electron@${locked.version}`, '--pack-destination', work, '--prefer-offline', '--silent'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      shell: process.platform === 'win32' && npm.length === 1,
    },
  );
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (packed.status !== 0 || !tarball) throw new Error(`npm pack electron@${locked.version} failed`);

  const [algorithm, expected] = locked.integrity.split(/-(.*)/s);
  const actual = createHash(algorithm)
    .update(readFileSync(join(work, tarball)))
    .digest('base64');
  if (actual !== expected) throw new Error(`the tarball's ${algorithm} is not the one package-lock.json records`);

  const extracted = spawnSync('tar', ['-xzf', tarball], { cwd: work, stdio: 'inherit' });
  if (extracted.status !== 0) throw new Error('tar could not extract the tarball');
  rmSync(packageDir, { recursive: true, force: true });
  cpSync(join(work, 'package'), packageDir, { recursive: true });
  console.log(
    `electron-types: installed electron ${locked.version} without its binary (for its electron.d.ts; desktop mode needs the binary).`,
  );
} catch (err) {
  console.warn(
    `electron-types: could not install the electron package for its types (${err.message}); \`npm run typecheck\` will fail until it is.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
