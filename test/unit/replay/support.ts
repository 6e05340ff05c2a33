import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KeypointsFile } from '../../../src/shared/pose/types';

/** A keypoints fixture made from real footage (see test/fixtures/keypoints/README.md). */
export function loadFixture(name: string): KeypointsFile {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/keypoints', name), 'utf8')) as KeypointsFile;
}
