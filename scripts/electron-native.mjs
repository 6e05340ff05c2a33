// Postinstall: build better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, so the
// desktop app can load it (src/main/index.ts passes it as nativeBinding) while node_modules keeps the
// Node build that browser mode, the CLI and the tests use. Where Electron is absent, it says so and exits 0.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'native', 'electron');
const outFile = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'versions.json');

function electronVersion() {
  if (!findElectronBinary(root).path) return null;
  return require('electron/package.json').version;
}

const electron = electronVersion();
if (!electron) {
  console.log(
    'electron-native: Electron binary not installed (optional dependency); skipping the Electron build of better-sqlite3 (browser mode uses the Node build).',
  );
  process.exit(0);
}

const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqlite = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const wanted = JSON.stringify({ electron, betterSqlite3: sqlite, platform: process.platform, arch: process.arch });
if (existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
  console.log(`electron-native: better-sqlite3 ${sqlite} for Electron ${electron} is already built.`);
  process.exit(0);
}

// Work on a copy so the Node build in node_modules is never replaced.
const work = mkdtempSync(join(tmpdir(), 'retrowalk-electron-sqlite-'));
cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.startsWith(join(sqliteDir, 'build')) });
const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
const target = ['--target', electron, '--arch', process.arch, '--platform', process.platform];

const built =
  run(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', ...target]) ||
  // No prebuilt binary for this platform: compile against Electron's headers (needs a C++ toolchain).
  run(process.env.npm_config_node_gyp ? process.execPath : 'node-gyp', [
    ...(process.env.npm_config_node_gyp ? [process.env.npm_config_node_gyp] : []),
    'rebuild',
    '--release',
    `--target=${electron}`,
    `--arch=${process.arch}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ]);

const result = join(work, 'build', 'Release', 'better_sqlite3.node');
if (built && existsSync(result)) {
  mkdirSync(outDir, { recursive: true });
  copyFileSync(result, outFile);
  writeFileSync(stampFile, wanted);
  console.log(`electron-native: built better-sqlite3 ${sqlite} for Electron ${electron} → ${outFile}`);
} else {
  console.warn(
    `electron-native: could not build better-sqlite3 for Electron ${electron} (no prebuilt binary and no working node-gyp). ` +
      'The desktop app cannot open its database until `node scripts/electron-native.mjs` succeeds; browser mode (npm start without Electron) is unaffected.',
  );
}
rmSync(work, { recursive: true, force: true });
