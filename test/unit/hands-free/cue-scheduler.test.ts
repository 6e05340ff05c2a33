/**
 * The coaching cues on a synthetic walker with exact timing, read through the real live tracker
 * (direction, knee past the toes) as the live screen reads them.
 */
import { describe, expect, it } from 'vitest';
import { createLiveGaitTracker } from '../../../src/shared/gait';
import { createCueScheduler, type CueSettings } from '../../../src/shared/coaching/cue-scheduler';
import { CUE_GROUPS, CUE_TEXT, type Cue } from '../../../src/shared/coaching/cues';
import type { PoseFrame } from '../../../src/shared/pose/types';
import { startStopWalk, type StartStopOptions } from '../../support/start-stop-walk';
import { applySwaps, legCrossings } from '../../support/inject-swaps';

const ALL_ON: CueSettings = { enabled: new Set(CUE_GROUPS), kneePastToeTarget: 0 };

/** Runs a whole recording through the live tracker and the scheduler, the take spanning every frame. */
function coach(
  frames: readonly PoseFrame[],
  image: { width: number; height: number },
  settings: CueSettings = ALL_ON,
): { cues: Cue[]; steps: number; backward_s: number } {
  const tracker = createLiveGaitTracker({ heightCm: 170 });
  const scheduler = createCueScheduler(settings);
  const cues: Cue[] = [...scheduler.takeStarted(0)];
  for (const f of frames) {
    const r = tracker.update(f, image);
    cues.push(
      ...scheduler.update({
        t_s: f.t / 1000,
        keypoints: f.keypoints,
        image,
        direction: r.direction,
        kneePastToe: { left: r.left.kneePastToeDist.value, right: r.right.kneePastToeDist.value },
      }),
    );
  }
  cues.push(...scheduler.takeStopped(frames.at(-1)!.t / 1000, 'still'));
  return { cues, steps: scheduler.steps, backward_s: scheduler.backward_s };
}

function walkOf(o: StartStopOptions) {
  const w = startStopWalk({ contacts: 8, stepTime_s: 0.6, standBefore_s: 1, standAfter_s: 2, heightPx: 300, ...o });
  return { w, frames: w.input.frames, image: { width: w.input.width, height: w.input.height } };
}

const kinds = (cues: Cue[], kind: Cue['kind']) => cues.filter((c) => c.kind === kind);

describe('cue scheduler', () => {
  it('counts the steps that spread the feet (the closing step brings them together) and says every tenth', () => {
    const { frames, image } = walkOf({ contacts: 21 });
    const { cues, steps } = coach(frames, image);
    expect(steps).toBe(20);
    expect(kinds(cues, 'step-count').map((c) => c.text)).toEqual([CUE_TEXT.steps(10), CUE_TEXT.steps(20)]);
    expect(cues[0].text).toBe(CUE_TEXT.takeStarted);
    expect(cues.at(-1)!.text).toBe(CUE_TEXT.takeStopped.still);
  });

  it('counts the same steps with left/right swaps and single-frame dropouts', () => {
    const { frames, image } = walkOf({ contacts: 21, noisePx: 1, seed: 3 });
    const swapped = applySwaps(
      frames,
      legCrossings(frames).map((c) => ({ start: c, end: c + 6, parts: 'legs' as const })),
    );
    const rough = swapped.map((f, i) => (i % 9 === 4 ? { t: f.t, keypoints: null } : f));
    expect(coach(rough, image).steps).toBe(20);
  });

  it('chimes once per step whose knee passes the toes by the target, never above the largest', () => {
    const { frames, image } = walkOf({ contacts: 9, direction: 'backward' });
    const any = coach(frames, image, { ...ALL_ON, kneePastToeTarget: 0 });
    expect(kinds(any.cues, 'knee-past-toes')).toHaveLength(any.steps);
    expect(kinds(any.cues, 'knee-past-toes')[0].sound).toBe('chime');
    const never = coach(frames, image, { ...ALL_ON, kneePastToeTarget: 60 });
    expect(kinds(never.cues, 'knee-past-toes')).toHaveLength(0);
    const off = coach(frames, image, { ...ALL_ON, enabled: new Set(CUE_GROUPS.filter((g) => g !== 'kneePastToes')) });
    expect(kinds(off.cues, 'knee-past-toes')).toHaveLength(0);
  });

  it('says each whole minute walked backward', () => {
    const { frames, image } = walkOf({ contacts: 215, direction: 'backward', standBefore_s: 0.5 });
    const { cues, backward_s } = coach(frames, image);
    const minutes = kinds(cues, 'backward-minutes');
    expect(minutes.map((c) => c.text)).toEqual([CUE_TEXT.backwardMinutes(1), CUE_TEXT.backwardMinutes(2)]);
    // the walk lasts 129 s; the live direction needs about a second to say "backward"
    expect(backward_s).toBeGreaterThan(126);
    expect(backward_s).toBeLessThanOrEqual(129.5);
    expect(minutes[0].t_s).toBeGreaterThan(60.5);
    expect(minutes[0].t_s).toBeLessThan(63);
  });

  for (const facing of ['left', 'right'] as const)
    it(`warns a backward walker (facing ${facing}) at least a second before the hip leaves the picture`, () => {
      const { frames, image } = walkOf({ contacts: 14, direction: 'backward', facing });
      // the frame is cut so that the walk ends beyond its edge
      const hip = (f: PoseFrame) => (f.keypoints![11][0] + f.keypoints![12][0]) / 2;
      const xs = frames.map(hip);
      const travelsRight = xs.at(-1)! > xs[0];
      const cut = travelsRight ? Math.round(xs[0] + (xs.at(-1)! - xs[0]) * 0.7) : 0;
      const shifted = travelsRight
        ? frames
        : frames.map((f) => ({
            t: f.t,
            keypoints: f.keypoints!.map(([x, y, s]) => [x - (xs[0] - (xs[0] - xs.at(-1)!) * 0.7), y, s] as const),
          }));
      const narrow = { width: travelsRight ? cut : image.width, height: image.height };
      const frameHip = shifted.map((f) => hip(f));
      const leaves = shifted.findIndex((_, i) => frameHip[i] < 0 || frameHip[i] > narrow.width);
      expect(leaves).toBeGreaterThan(0);
      const leaves_s = shifted[leaves].t / 1000;
      const { cues } = coach(shifted, narrow);
      const edge = kinds(cues, 'edge');
      expect(edge.length).toBeGreaterThanOrEqual(1);
      expect(edge[0].text).toBe(CUE_TEXT.edge);
      expect(edge[0].sound).toBe('alert');
      expect(leaves_s - edge[0].t_s).toBeGreaterThanOrEqual(1);
    });

  it('gives no edge cue to a forward walker', () => {
    const { frames, image } = walkOf({ contacts: 14, direction: 'forward', facing: 'left' });
    const xs = frames.map((f) => (f.keypoints![11][0] + f.keypoints![12][0]) / 2);
    const shift = xs.at(-1)! - 20; // she walks toward image-left and ends 20 px from its edge
    const moved = frames.map((f) => ({
      t: f.t,
      keypoints: f.keypoints!.map(([x, y, s]) => [x - shift, y, s] as const),
    }));
    expect(kinds(coach(moved as PoseFrame[], image).cues, 'edge')).toHaveLength(0);
  });

  it('says too close and too far from the body height in the picture, not for a good distance', () => {
    const { frames, image } = walkOf({ contacts: 6 });
    expect(kinds(coach(frames, image).cues, 'too-close')).toHaveLength(0);
    expect(kinds(coach(frames, image).cues, 'too-far')).toHaveLength(0);
    // the same walker (nose to ankle 241 px) in a 280 px tall picture, and in a 1300 px tall one
    const low = { width: image.width, height: 280 };
    const lifted = frames.map((f) => ({ t: f.t, keypoints: f.keypoints!.map(([x, y, s]) => [x, y - 93, s] as const) }));
    const close = kinds(coach(lifted, low).cues, 'too-close');
    expect(close.map((c) => c.text)).toEqual([CUE_TEXT.tooClose]);
    expect(close[0].t_s).toBeCloseTo(1, 1);
    const far = kinds(coach(frames, { width: image.width, height: 1300 }).cues, 'too-far');
    expect(far.map((c) => c.text)).toEqual([CUE_TEXT.tooFar]);
  });
});
