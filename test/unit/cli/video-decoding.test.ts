/** ffprobe/ffmpeg decoding on clips generated at test time: sizes, frame times, rotation, errors. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeVideo, probeVideo, type VideoFrame } from '../../../src/node/video';
import { requireFfmpeg } from '../../support/requirements';

let dir: string;
const make = (name: string, args: string[]): string => {
  const out = join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, out]);
  return out;
};

async function decodeAll(path: string): Promise<VideoFrame[]> {
  const frames: VideoFrame[] = [];
  for await (const frame of decodeVideo(path, await probeVideo(path))) frames.push(frame);
  return frames;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'retrowalk-video-'));
  requireFfmpeg();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('video decoding', () => {
  it('scales a wide video to 640 px, keeps every frame and its time', async () => {
    const path = make('wide.mp4', ['-f', 'lavfi', '-i', 'testsrc=s=1280x720:r=15:d=1', '-pix_fmt', 'yuv420p']);
    const info = await probeVideo(path);
    expect(info).toMatchObject({ width: 1280, height: 720, fps: 15, frameCount: 15, rotation: 0 });
    const frames = await decodeAll(path);
    expect(frames).toHaveLength(15);
    for (const [i, f] of frames.entries()) {
      expect([f.index, f.width, f.height, f.rgb.length]).toEqual([i, 640, 360, 640 * 360 * 3]);
      expect(f.t).toBeCloseTo((i * 1000) / 15, 0);
    }
  });

  it('decodes real colours: a red clip gives red pixels', async () => {
    const path = make('red.mp4', ['-f', 'lavfi', '-i', 'color=c=red:s=64x48:r=10:d=0.3', '-pix_fmt', 'yuv420p']);
    const [first] = await decodeAll(path);
    const [r, g, b] = first.rgb;
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(40);
    expect(b).toBeLessThan(40);
  });

  it('applies the rotation of a portrait phone video', async () => {
    const landscape = make('landscape.mp4', [
      '-f',
      'lavfi',
      '-i',
      'testsrc=s=320x240:r=10:d=0.5',
      '-pix_fmt',
      'yuv420p',
    ]);
    const rotated = make('rotated.mp4', ['-i', landscape, '-c', 'copy', '-metadata:s:v:0', 'rotate=90']);
    const info = await probeVideo(rotated);
    expect([info.width, info.height, Math.abs(info.rotation)]).toEqual([240, 320, 90]);
    const frames = await decodeAll(rotated);
    expect([frames[0].width, frames[0].height]).toEqual([240, 320]);
  });

  it('names the file that is not a video', async () => {
    const path = join(dir, 'notes.mov');
    writeFileSync(path, 'shopping list\n');
    await expect(probeVideo(path)).rejects.toThrow(/cannot read video .*notes\.mov/);
  });
});
