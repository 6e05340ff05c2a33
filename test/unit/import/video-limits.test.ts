/**
 * Videos larger than Retrowalk analyses are refused from ffprobe's answer, before a frame is decoded
 * (a 1.9 MB MJPEG of 640×65000 took the server to 3.7 GB). The files are made
 * here by ffmpeg, tiny: one grey frame, or many 16×16 ones.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_VIDEO_FRAMES, MAX_VIDEO_SECONDS, probeVideo } from '../../../src/node/video';
import { cutWalk, expectNothingLeft, ffmpeg, pollUntilFinished, startImport, useTempServices } from './support';

const { dir, dataDir, services } = useTempServices('video-limits');

/** A video of `frames` grey frames of `size` at `fps`, made by ffmpeg. */
function greyVideo(name: string, size: string, fps: number, frames: number, codec: string[]): string {
  const path = join(dir, name);
  ffmpeg(['-f', 'lavfi', '-i', `color=c=gray:s=${size}:r=${fps}`, '-frames:v', String(frames), ...codec, path]);
  return path;
}
const MJPEG = ['-c:v', 'mjpeg'];
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

describe('videos over the limits are refused before decoding', () => {
  it('too many pixels: 640×65000, imported by path, fails while probing with a clear message', async () => {
    const path = greyVideo('tall.avi', '640x65000', 1, 1, MJPEG);
    const seen = await pollUntilFinished(services(), await startImport(services(), path));
    expect(seen.at(-1)).toMatchObject({
      state: 'failed',
      message:
        'tall.avi is 640×65000 pixels (41.6 million); Retrowalk analyses videos up to 8192×4320 (35.4 million pixels): export it at a lower resolution first.',
    });
    expect(seen.map((s) => s.state)).not.toContain('analysing');
    expectNothingLeft(services(), dataDir);
  });

  it('a strip: 64×1024 (few pixels, but 16 times taller than wide)', async () => {
    const path = greyVideo('strip.avi', '64x1024', 1, 1, MJPEG);
    await expect(probeVideo(path)).rejects.toThrow(
      `${path} is 64×1024 pixels, a strip rather than a camera's picture; Retrowalk analyses videos at most 4 times as wide as tall or as tall as wide.`,
    );
  });

  it(`longer than ${MAX_VIDEO_SECONDS / 60} minutes`, async () => {
    const path = greyVideo('long.mp4', '16x16', 1, MAX_VIDEO_SECONDS + 120, H264);
    await expect(probeVideo(path)).rejects.toThrow(
      `${path} lasts 32 minutes; Retrowalk analyses videos up to 30 minutes: trim it to the walk first.`,
    );
  });

  it(`more than ${MAX_VIDEO_FRAMES} frames (in under 2 minutes, at 1000 frames a second)`, async () => {
    const path = greyVideo('many.mp4', '16x16', 1000, MAX_VIDEO_FRAMES + 1, H264);
    await expect(probeVideo(path)).rejects.toThrow(
      `${path} has ${MAX_VIDEO_FRAMES + 1} frames; Retrowalk analyses videos up to ${MAX_VIDEO_FRAMES} frames (30 minutes at 60 frames a second): trim it to the walk first.`,
    );
  });

  it('a phone video within the limits is probed as before', async () => {
    const info = await probeVideo(cutWalk(join(dir, 'walk.mp4'), 3, 1));
    expect(info).toMatchObject({ width: 640, height: 480, frameCount: 30 });
  });
});
