/**
 * Real footage (../shared/footage), keypoints extracted once by `npm run analyze -- <video>
 * --save-keypoints` (test/fixtures/keypoints, see its README for who is tracked in which frames).
 * No clip has motion-capture truth, so the checks are what the clip shows: its direction, and its
 * steps counted by eye.
 *
 * How the steps were counted: a contact sheet of the feet region of sports2d-walk.mp4, every 4th
 * frame from 44 to 208 (`ffmpeg -i sports2d-walk.mp4 -vf "drawtext=text='%{frame_num}':…,
 * select='between(n,44,211)*not(mod(n-44,4))',crop=640:150:0:290,scale=320:-1,tile=4x11"`), looked
 * at frame by frame: the woman's legs are at their widest (double support, right after a foot
 * contact) at about frames 60, 80, 100, 118, 136, 156, 172 and 188 — 8 contacts while she is in
 * view (the fixture README counts 58, 78, 98, 118, 138, 156, 174, 189 the same way). 7 steps in
 * 188 − 60 = 128 frames ≈ 18.3 frames a step ≈ 98 steps/min (README: 131 frames, 96 steps/min).
 * The reversed clip is the same video played backward (frame n ↔ 229 − n): its double supports
 * fall at 57, 73, 93, 111, 129, 149, 169 within her tracked span 54–179; played backward a double
 * support *begins* with the contact, and the first one began before frame 54, so 6 contacts can be
 * timed in that span.
 * pose2sim-balance.mp4 (every 6th frame viewed): a man balancing on one leg on a treadmill, the
 * free leg swinging, the trunk leaning far over: not walking.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSession, analyzeSessionDetailed } from '../../../src/shared/gait';
import type { KeypointsFile } from '../../../src/shared/pose/types';
import { loadFixture } from '../../support/requirements';

const load = (name: string): KeypointsFile => loadFixture(`${name}.json`);
const span = (f: KeypointsFile, a: number, b: number): KeypointsFile => ({ ...f, frames: f.frames.slice(a, b) });
const EYE_CADENCE = 97; // steps/min, between the two eye counts above (96–98)

const walk = { lightning: load('sports2d-walk.lightning'), thunder: load('sports2d-walk.thunder') };
const reversed = load('sports2d-walk-reversed.lightning');
const balance = load('pose2sim-balance.lightning');

describe('sports2d-walk: forward walking, right to left', () => {
  for (const model of ['lightning', 'thunder'] as const) {
    it(`${model}: the whole clip (distractors included) reads as forward walking, facing left`, () => {
      const a = analyzeSession(walk[model], {});
      expect(a.direction).toBe('forward');
      expect(a.quality.facing).toBe('left');
      expect(a.quality.view).toBe('side');
    });
    it(`${model}: the whole file, the man before and after her included, gives her 8 contacts and names the 2 changes of person`, () => {
      const a = analyzeSession(walk[model], {});
      expect(a.quality.person_switches).toBe(2);
      expect(a.steps.count).toBe(8);
      const eye = [60, 80, 100, 118, 136, 156, 172, 188];
      a.events
        .filter((e) => e.kind === 'contact')
        .forEach((e, k) => expect(Math.abs(e.t_s * 30 - eye[k])).toBeLessThanOrEqual(4.5));
    });
    it(`${model}: knee flexion stays in a knee's range (−15° … 140°) on every frame`, () => {
      const { series } = analyzeSessionDetailed(walk[model], {});
      for (const side of ['left', 'right'] as const) {
        for (const v of series!.knee[side])
          if (v === v) {
            expect(v).toBeGreaterThanOrEqual(-15);
            expect(v).toBeLessThanOrEqual(140);
          }
      }
    });
    it(`${model}: 8 contacts while she is tracked (frames 48–203), cadence as counted by eye`, () => {
      const a = analyzeSession(span(walk[model], 48, 204), {});
      expect(a.direction).toBe('forward');
      expect(a.steps.count).toBe(8);
      expect(a.steps.left).toBe(4);
      expect(a.steps.right).toBe(4);
      expect(Math.abs(a.cadence_spm! - EYE_CADENCE) / EYE_CADENCE).toBeLessThan(0.04);
      // each contact within 4 frames of a widest-stance frame seen by eye
      const eye = [60, 80, 100, 118, 136, 156, 172, 188];
      const found = a.events.filter((e) => e.kind === 'contact').map((e) => e.t_s * 30); // the file's times: frame / 30
      found.forEach((f, k) => expect(Math.abs(f - eye[k])).toBeLessThanOrEqual(4.5));
    });
  }
});

describe('sports2d-walk-reversed: the same clip played backward = backward walking', () => {
  it('the whole clip reads as backward walking, facing left', () => {
    const a = analyzeSession(reversed, {});
    expect(a.direction).toBe('backward');
    expect(a.quality.facing).toBe('left');
  });
  it('6 contacts in her tracked span (frames 54–179), cadence as counted by eye', () => {
    const a = analyzeSession(span(reversed, 54, 180), {});
    expect(a.direction).toBe('backward');
    expect(a.steps.count).toBe(6);
    expect(Math.abs(a.cadence_spm! - EYE_CADENCE) / EYE_CADENCE).toBeLessThan(0.04);
  });
});

describe('pose2sim-balance: standing on one leg', () => {
  it('is standing, with no steps, and a balance grade', () => {
    const a = analyzeSession(balance, {});
    expect(a.direction).toBe('standing');
    expect(a.steps.count).toBe(0);
    expect(a.balance.score).not.toBeNull();
    expect(a.balance.subscores.trunk_sway).not.toBeNull();
    expect(a.quality.view).not.toBe('side');
  });
});
