/**
 * Bad input to the import: each gets one clear line in import.status.message (or in the API error
 * when it can be told at once), and nothing is left behind: no session, frame, result, copy or upload.
 */
import { closeSync, openSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiRequest } from '../../../src/shared/api';
import {
  cutWalk,
  expectNothingLeft,
  ffmpeg,
  openServices,
  pollUntilFinished,
  startImport,
  useTempServices,
} from './support';

const { dir, dataDir, services } = useTempServices('import-bad');

async function failedImport(path: string, keep: 'copy' | 'reference' = 'copy'): Promise<string> {
  const last = (await pollUntilFinished(services(), await startImport(services(), path, { keep }))).at(-1)!;
  expect(last.state).toBe('failed');
  expect(last.sessionId).toBeNull();
  expect(last.message).not.toContain('\n');
  return last.message!;
}

describe('bad input to the import', () => {
  afterEach(() => expectNothingLeft(services(), dataDir));

  it('a text file renamed .mp4', async () => {
    const path = join(dir, 'notes.mp4');
    writeFileSync(path, 'shopping list: eggs, milk\n');
    expect(await failedImport(path)).toMatch(
      /^Cannot read video notes\.mp4: Invalid data found when processing input \(is it a video, whole and undamaged\?\)$/,
    );
  });

  it('a truncated video (the download stopped halfway)', async () => {
    const whole = cutWalk(join(dir, 'whole.mp4'), 3, 2, ['-movflags', '+faststart']);
    const cut = join(dir, 'cut short.mp4');
    const bytes = readFileSync(whole);
    writeFileSync(cut, bytes.subarray(0, Math.round(bytes.length * 0.5)));
    expect(await failedImport(cut)).toBe(
      'cut short.mp4 is truncated: the file stops short of its end (ffmpeg found a partial file)',
    );
  });

  it('a corrupt video (its index lost)', async () => {
    const whole = cutWalk(join(dir, 'moov-last.mp4'), 3, 2);
    const cut = join(dir, 'corrupt.mp4');
    const bytes = readFileSync(whole);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 2000)); // the moov index is at the end
    expect(await failedImport(cut)).toMatch(
      /^Cannot read video corrupt\.mp4: .+ \(is it a video, whole and undamaged\?\)$/,
    );
  });

  it('a video with no person in it', async () => {
    const path = join(dir, 'test pattern.mp4');
    ffmpeg(['-f', 'lavfi', '-i', 'testsrc=s=640x480:r=30:d=2', '-pix_fmt', 'yuv420p', path]);
    expect(await failedImport(path, 'reference')).toBe(
      'No person was found in any of the 60 frames of test pattern.mp4: film the whole body, side on, in good light.',
    );
  });

  it('a huge file (over 4 GB), by path and by upload', async () => {
    const path = join(dir, 'huge.mp4');
    closeSync(openSync(path, 'w'));
    truncateSync(path, 5 * 1024 ** 3); // sparse: takes no disk space
    const message =
      'huge.mp4 is 5 GB; Retrowalk imports videos up to 4 GB: trim the video or export it at a lower resolution first.';
    expect(await failedImport(path, 'reference')).toBe(message);
    expect(() => services().handlers['import.uploadBegin']({ fileName: 'huge.mp4', bytes: 5 * 1024 ** 3 })).toThrow(
      message,
    );
    rmSync(path);
  });

  it('ffmpeg missing: says how to install it', async () => {
    const path = cutWalk(join(dir, 'fine.mp4'), 3, 1);
    process.env.RETROWALK_FFPROBE = join(dir, 'no-such-ffprobe');
    try {
      expect(await failedImport(path)).toMatch(
        /^RETROWALK_FFPROBE is set to .*no-such-ffprobe, which is not an executable program: install ffmpeg \(Debian\/Ubuntu: sudo apt install ffmpeg/,
      );
    } finally {
      delete process.env.RETROWALK_FFPROBE;
    }
  });

  it('a file that does not exist', async () => {
    expect(await failedImport(join(dir, 'gone.mp4'))).toMatch(
      /^The video file gone\.mp4 is missing or cannot be opened/,
    );
  });

  it('re-analysing a session whose video is missing, or that has none', () => {
    const create = (): number =>
      services().sessions.create({
        startedAt: '2026-03-01T10:00:00.000Z',
        model: 'lightning',
        width: 640,
        height: 480,
        fps: 30,
      }).id;
    const finish = (id: number) => services().handlers['sessions.finish']({ id, durationMs: 1000 });
    const noVideo = create();
    void finish(noVideo);
    expect(() => services().handlers['sessions.reanalyse']({ id: noVideo, model: 'thunder' })).toThrow(
      `Session ${noVideo} has no video, so it cannot be re-analysed.`,
    );
    const withVideo = create();
    void services().handlers['video.appendChunk']({
      id: withVideo,
      seq: 0,
      mimeType: 'video/webm',
      bytes: new Uint8Array([26, 69, 223, 163]),
    });
    const { videoPath } = finish(withVideo) as { videoPath: string };
    rmSync(videoPath);
    expect(() => services().handlers['sessions.reanalyse']({ id: withVideo, model: 'thunder' })).toThrow(
      /video is missing .*: it was moved or deleted/,
    );
    expect(() => services().handlers['sessions.reanalyse']({ id: 9999, model: 'thunder' })).toThrow(
      'No session with id 9999.',
    );
    for (const id of [noVideo, withVideo]) {
      void services().handlers['sessions.delete']({ id });
      void services().handlers['sessions.purge']({ id });
    }
  });

  it('a path in browser mode (a browser can only upload)', () => {
    const browser = openServices(join(dir, 'browser-data'), 'browser');
    try {
      const request: ApiRequest<'import.start'> = {
        from: 'path',
        path: '/etc/hostname',
        keep: 'reference',
        model: 'lightning',
      };
      expect(() => browser.handlers['import.start'](request)).toThrow(/only the desktop app can open a path/);
    } finally {
      browser.close();
    }
  });
});
