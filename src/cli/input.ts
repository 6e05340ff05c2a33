/** The CLI's input: a keypoints JSON file, or a video turned into one with MoveNet. */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ModelName } from '../shared/api';
import { parseKeypointsFile } from '../shared/pose/keypoints-file';
import type { KeypointsFile } from '../shared/pose/types';

/** Bad input: the message is the one line the user sees. */
export class InputError extends Error {}

export type InputKind = 'keypoints' | 'video';

/** A `.json` name, or content that starts like JSON, is a keypoints file; anything else a video. */
export function inputKind(path: string): InputKind {
  if (!existsSync(path)) throw new InputError(`file not found: ${path}`);
  if (!statSync(path).isFile()) throw new InputError(`not a file: ${path}`);
  if (extname(path).toLowerCase() === '.json') return 'keypoints';
  const head = Buffer.alloc(64);
  const fd = openSync(path, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  return /^\s*[{[]/.test(head.subarray(0, length).toString('latin1')) ? 'keypoints' : 'video';
}

export function readKeypointsFile(path: string): KeypointsFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const result = parseKeypointsFile(data);
  if (!result.ok) throw new InputError(`${path}: ${result.error}`);
  return result.file;
}

export interface VideoOptions {
  model: ModelName;
  onProgress?: (done: number, total: number | null) => void;
}

/** Runs MoveNet over the video in Node; loaded lazily so keypoints files never pay for tfjs. */
export async function readVideo(path: string, options: VideoOptions): Promise<KeypointsFile> {
  const { extractVideoKeypoints } = await import('../node/extract-keypoints');
  const file = await extractVideoKeypoints(path, options);
  if (file.frames.length === 0) throw new InputError(`${path}: the video has no frames`);
  return file;
}
