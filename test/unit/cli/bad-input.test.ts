/** Bad input to the CLI: non-zero exit and one line on stderr that names the problem. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireFfmpeg } from '../../support/requirements';
import { runCli, stderrLines } from './run-cli';

let dir: string;
const nullFrame = (t: number) => ({ t, keypoints: null });
const pose = Array.from({ length: 17 }, (_, i) => [100 + i, 200 + i, 0.9]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'retrowalk-cli-bad-'));
  writeFileSync(join(dir, 'not-json.json'), '{ "fps": 30, "frames": [');
  writeFileSync(
    join(dir, 'wrong-shape.json'),
    JSON.stringify({ fps: 30, width: 640, height: 480, frames: [{ t: 0, keypoints: [[1, 2, 0.5]] }] }),
  );
  writeFileSync(join(dir, 'no-frames.json'), JSON.stringify({ fps: 30, width: 640, height: 480, frames: [] }));
  writeFileSync(
    join(dir, 'no-person.json'),
    JSON.stringify({ fps: 30, width: 640, height: 480, frames: [0, 33, 67].map(nullFrame) }),
  );
  // a person-shaped detection in every frame, but never confident: nobody to analyse
  const faint = pose.map(([x, y]) => [x, y, 0.1]);
  writeFileSync(
    join(dir, 'never-confident.json'),
    JSON.stringify({
      fps: 30,
      width: 640,
      height: 480,
      frames: Array.from({ length: 60 }, (_, i) => ({ t: i * 33.3, keypoints: faint })),
    }),
  );
  writeFileSync(
    join(dir, 'bad-score.json'),
    JSON.stringify({
      fps: 30,
      width: 640,
      height: 480,
      frames: [{ t: 0, keypoints: pose.map(([x, y]) => [x, y, 'high']) }],
    }),
  );
  writeFileSync(join(dir, 'text.mp4'), 'this is a text file, not a video\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A video made by ffmpeg from a generated (lavfi) `source`, `options` given before the output file. */
function generatedVideo(name: string, source: string, options: string[] = []): string {
  const video = join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', source, '-pix_fmt', 'yuv420p', ...options, video]);
  return video;
}

function expectOneClearLine(args: string[], pattern: RegExp): void {
  const result = runCli(args);
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = stderrLines(result);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('analyze CLI on bad input', () => {
  it('rejects a file that is not JSON', () => {
    expectOneClearLine([join(dir, 'not-json.json')], /not-json\.json is not valid JSON/);
  });

  it('rejects keypoints of the wrong shape, naming where', () => {
    expectOneClearLine([join(dir, 'wrong-shape.json')], /not a keypoints file: frames\[0\]\.keypoints: .*17/);
  });

  it('rejects a keypoint score that is not a number', () => {
    expectOneClearLine([join(dir, 'bad-score.json')], /frames\[0\]\.keypoints\[0\]\[2\]: .*number/);
  });

  it('rejects a file with no frames', () => {
    expectOneClearLine([join(dir, 'no-frames.json')], /no frames/);
  });

  it('rejects frames where no person was found', () => {
    expectOneClearLine([join(dir, 'no-person.json')], /no person in any of the 3 frames/);
  });

  it('fails on keypoints in which no person is ever confident (direction unknown, not standing)', () => {
    expectOneClearLine(
      [join(dir, 'never-confident.json')],
      /no person was seen with enough confident keypoints .* 60 frames/,
    );
    const json = runCli([join(dir, 'never-confident.json'), '--json']);
    expect(json.status).not.toBe(0);
    expect(JSON.parse(json.stdout).direction).toBe('unknown');
  });

  it('rejects a text file named .mp4 as an unreadable video', () => {
    requireFfmpeg(); // ffprobe reads it
    expectOneClearLine([join(dir, 'text.mp4')], /cannot read video .*text\.mp4: .*invalid data/i);
  });

  it('rejects a truncated video whose index was cut off', () => {
    requireFfmpeg();
    const video = generatedVideo('truncated.mp4', 'testsrc=s=320x240:r=30:d=2');
    truncateSync(video, Math.floor(statSync(video).size / 2));
    expectOneClearLine([video], /cannot read video .*truncated\.mp4/);
  });

  it('rejects a truncated video that still decodes up to the cut', () => {
    requireFfmpeg();
    // faststart puts the index first, so ffmpeg decodes the frames before the cut and exits 0.
    const video = generatedVideo('cut-short.mp4', 'testsrc=s=320x240:r=10:d=2', ['-movflags', '+faststart']);
    truncateSync(video, Math.floor(statSync(video).size * 0.6));
    expectOneClearLine([video], /cut-short\.mp4 is truncated: only \d+ of its 20 frames could be decoded/);
  });

  it('rejects a video with nobody in it', () => {
    requireFfmpeg();
    const video = generatedVideo('empty-room.mp4', 'color=c=gray:s=320x240:r=10:d=1');
    expectOneClearLine([video], /empty-room\.mp4: no person found in any of the 10 frames/);
  });

  it('rejects a missing file', () => {
    expectOneClearLine([join(dir, 'nothing-here.mp4')], /file not found: .*nothing-here\.mp4/);
  });

  it('rejects an impossible height, an unknown model and unknown units', () => {
    const file = join(dir, 'no-person.json');
    expectOneClearLine([file, '--height-cm', 'tall'], /--height-cm.*50 and 250/);
    expectOneClearLine([file, '--model', 'huge'], /--model.*lightning, thunder/);
    expectOneClearLine([file, '--units', 'furlongs'], /--units.*metric, imperial/);
  });

  it('leaves the input file as it was', () => {
    const before = readFileSync(join(dir, 'wrong-shape.json'), 'utf8');
    runCli([join(dir, 'wrong-shape.json'), '--save-keypoints', join(dir, 'wrong-shape.json')]);
    expect(readFileSync(join(dir, 'wrong-shape.json'), 'utf8')).toBe(before);
  });
});
