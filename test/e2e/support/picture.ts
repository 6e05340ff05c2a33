/**
 * Which frame a page shows, told by its pixels: the replay's <video> drawn as the page draws it, and
 * a frame of the file decoded by ffmpeg, both as the same small greyscale picture, compared pixel by pixel.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** A part of the video's picture, in its pixels; null for all of it. */
export type Region = { x: number; y: number; width: number; height: number } | null;
/** The small picture compared, in pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The picture the <video> with `testId` shows now: `region` scaled to `size`, as greyscale bytes (one a pixel). */
export async function shownGrey(page: Page, testId: string, region: Region, size: Size): Promise<Buffer> {
  const grey = await page.evaluate(
    ({ testId, region, size }) => {
      const video = document.querySelector<HTMLVideoElement>(`[data-testid="${testId}"]`)!;
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const ctx = canvas.getContext('2d')!;
      if (region) ctx.drawImage(video, region.x, region.y, region.width, region.height, 0, 0, size.width, size.height);
      else ctx.drawImage(video, 0, 0, size.width, size.height);
      const { data } = ctx.getImageData(0, 0, size.width, size.height);
      const out: number[] = [];
      for (let i = 0; i < data.length; i += 4)
        out.push(Math.round(0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]));
      return out;
    },
    { testId, region, size },
  );
  return Buffer.from(grey);
}

/** Frame `index` of a video file, decoded by ffmpeg: `region` scaled to `size`, as greyscale bytes. */
export function decodedGrey(path: string, index: number, region: Region, size: Size): Buffer {
  const crop = region ? `crop=${region.width}:${region.height}:${region.x}:${region.y},` : '';
  const filter = `select=eq(n\\,${index}),${crop}scale=${size.width}:${size.height},format=gray`;
  return execFileSync('ffmpeg', ['-v', 'error', '-i', path, '-vf', filter, '-frames:v', '1', '-f', 'rawvideo', '-']);
}

/** How far apart two greyscale pictures of one size are: the mean of their pixels' differences (0–255). */
export const meanAbsDiff = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;
