/**
 * The hands-free start/stop rules on a synthetic walker with exact timing (test/support/start-stop-walk):
 * standing, walking N steps, standing again.
 */
import { describe, expect, it } from 'vitest';
import { createTakeDetector, type DetectorFrame, type TakeEvent } from '../../../src/shared/hands-free/take-detector';
import { LEFT_PICTURE_S, SPAN_MARGIN_S } from '../../../src/shared/hands-free/constants';
import type { Keypoint, PoseFrame } from '../../../src/shared/pose/types';
import { startStopWalk, type StartStopOptions } from '../../support/start-stop-walk';
import { applySwaps, legCrossings } from '../../support/inject-swaps';

interface Run {
  events: TakeEvent[];
  statuses: string[];
}

function detect(
  frames: readonly PoseFrame[],
  image: { width: number; height: number },
  opts: { stopAfterStill_s?: number; people?: (t_s: number) => number; chosenAt_s?: number } = {},
): Run {
  const detector = createTakeDetector({ stopAfterStill_s: opts.stopAfterStill_s });
  const events: TakeEvent[] = [];
  const statuses: string[] = [];
  for (const f of frames) {
    const t_s = f.t / 1000;
    const frame: DetectorFrame = {
      t_s,
      keypoints: f.keypoints,
      image,
      people: opts.people?.(t_s) ?? 1,
      walkerChosen: opts.chosenAt_s !== undefined && t_s >= opts.chosenAt_s,
    };
    const u = detector.update(frame);
    events.push(...u.events);
    statuses.push(u.status);
  }
  return { events, statuses };
}

/** The walker's first step: the first foot leaves the ground, a swing before the first contact. */
function firstStep_s(walk: ReturnType<typeof startStopWalk>, stepTime_s: number): number {
  const swing = 2 * stepTime_s * (1 - 0.62);
  return walk.contacts[0].t_s - swing;
}

/** The walk's end: the hips reach their last place half a step after the closing contact. */
function walkEnd_s(walk: ReturnType<typeof startStopWalk>, stepTime_s: number): number {
  return walk.contacts.at(-1)!.t_s + stepTime_s / 2;
}

const BASE: StartStopOptions = { contacts: 8, stepTime_s: 0.6, standBefore_s: 2, standAfter_s: 5, heightPx: 300 };

function walkOf(o: StartStopOptions) {
  const w = startStopWalk({ ...BASE, ...o });
  return { w, frames: w.input.frames, image: { width: w.input.width, height: w.input.height } };
}

describe('hands-free take detector', () => {
  for (const direction of ['backward', 'forward'] as const)
    for (const facing of ['left', 'right'] as const)
      it(`starts within 0.5 s of the first step and stops after the set delay (${direction}, facing ${facing})`, () => {
        const { w, frames, image } = walkOf({ direction, facing });
        const { events } = detect(frames, image, { stopAfterStill_s: 3 });
        const start = events.find((e) => e.type === 'start')!;
        const stop = events.find((e) => e.type === 'stop')!;
        expect(events.map((e) => e.type)).toEqual(['start', 'still', 'stop']);
        const step = firstStep_s(w, 0.6);
        expect(start.t_s).toBeGreaterThan(step);
        expect(start.t_s - step).toBeLessThanOrEqual(0.5);
        const end = walkEnd_s(w, 0.6);
        expect(stop.type === 'stop' && stop.reason).toBe('still');
        // the delay counts from the end of the walk, as the speed window sees it
        expect(stop.t_s - end).toBeGreaterThanOrEqual(3 - 0.25);
        expect(stop.t_s - end).toBeLessThanOrEqual(3 + 0.25);
        // the trimmed span: the walk, give or take the margin and the speed window's half
        if (stop.type !== 'stop') throw new Error('no stop');
        expect(Math.abs(stop.span.start_s - (step - SPAN_MARGIN_S))).toBeLessThanOrEqual(0.3);
        expect(Math.abs(stop.span.end_s - (end + SPAN_MARGIN_S))).toBeLessThanOrEqual(0.3);
      });

  it('stops sooner with a shorter delay', () => {
    const { frames, image } = walkOf({});
    const long = detect(frames, image, { stopAfterStill_s: 3 }).events.find((e) => e.type === 'stop')!;
    const short = detect(frames, image, { stopAfterStill_s: 1 }).events.find((e) => e.type === 'stop')!;
    expect(long.t_s - short.t_s).toBeCloseTo(2, 1);
  });

  it('starts no take while standing', () => {
    const { frames, image } = walkOf({ standBefore_s: 2 });
    const standing = frames.filter((f) => f.t < 1900);
    expect(detect(standing, image).events).toEqual([]);
  });

  it('starts no take while two people are in view until the walker is chosen', () => {
    const { w, frames, image } = walkOf({});
    const two = detect(frames, image, { people: () => 2 });
    expect(two.events).toEqual([]);
    expect(two.statuses).toContain('choose-walker');
    const chosenAt = firstStep_s(w, 0.6) + 1;
    const chosen = detect(frames, image, { people: () => 2, chosenAt_s: chosenAt });
    const start = chosen.events.find((e) => e.type === 'start')!;
    expect(start.t_s).toBeGreaterThanOrEqual(chosenAt);
    expect(start.t_s - chosenAt).toBeLessThanOrEqual(0.5);
  });

  it('stops when the walker leaves the picture, with the span up to the last walking frame', () => {
    const { frames, image } = walkOf({ direction: 'backward', facing: 'left' });
    // she travels toward image-right: a frame that ends left of her stopping place cuts her off mid-walk
    const stopX = Math.max(...frames.map((f) => f.keypoints![11][0]));
    const narrow = { width: Math.round(stopX - 60), height: image.height };
    const leftAt = frames.find((f) => f.keypoints!.some((k) => k[0] > narrow.width * 0.99))!.t / 1000;
    const { events } = detect(frames, narrow);
    const stop = events.find((e) => e.type === 'stop')!;
    expect(stop.type === 'stop' && stop.reason).toBe('left');
    expect(stop.t_s - leftAt).toBeGreaterThanOrEqual(LEFT_PICTURE_S - 0.05);
    expect(stop.t_s - leftAt).toBeLessThanOrEqual(LEFT_PICTURE_S + 0.05);
  });

  it('is not fooled by left/right swaps or single-frame dropouts', () => {
    const { frames, image } = walkOf({ direction: 'backward', facing: 'right', noisePx: 1, seed: 4 });
    const clean = detect(frames, image).events;
    const swapped = applySwaps(
      frames,
      legCrossings(frames).map((c) => ({ start: c, end: c + 8, parts: 'legs' as const })),
    );
    // every 7th frame lost, as a pose model drops one now and then
    const dropped: PoseFrame[] = swapped.map((f, i) => (i % 7 === 3 ? { t: f.t, keypoints: null } : f));
    const rough = detect(dropped, image).events;
    expect(rough.map((e) => e.type)).toEqual(clean.map((e) => e.type));
    for (let i = 0; i < clean.length; i++) expect(Math.abs(rough[i].t_s - clean[i].t_s)).toBeLessThanOrEqual(0.1);
  });

  it('walking again before the delay keeps one take', () => {
    // two walks 1.5 s apart: the 3 s delay joins them, a 1 s delay splits them
    const a = walkOf({ standAfter_s: 1.5 });
    const b = walkOf({ standBefore_s: 0, standAfter_s: 5 });
    const shift = a.frames.length;
    const last = a.frames[shift - 1].keypoints!;
    const offset = last[11][0] - b.frames[0].keypoints![11][0];
    const joined: PoseFrame[] = [
      ...a.frames,
      ...b.frames.map((f, i) => ({
        t: ((shift + i) * 1000) / 30,
        keypoints: f.keypoints!.map(([x, y, s]) => [x + offset, y, s] as Keypoint),
      })),
    ];
    const image = { width: a.image.width * 3, height: a.image.height };
    expect(detect(joined, image, { stopAfterStill_s: 3 }).events.map((e) => e.type)).toEqual([
      'start',
      'still',
      'moving',
      'still',
      'stop',
    ]);
    expect(
      detect(joined, image, { stopAfterStill_s: 1 })
        .events.filter((e) => e.type === 'start' || e.type === 'stop')
        .map((e) => e.type),
    ).toEqual(['start', 'stop', 'start', 'stop']);
  });

  it('starts no take for a still walker seen small, jittery and at 4 frames/s (as on a loaded laptop)', () => {
    // 140 px tall, each keypoint off by 2 px (sd) in each frame, as MoveNet on the e2e clip's still frames
    const { w, frames, image } = walkOf({ heightPx: 140, noisePx: 2, seed: 7, standBefore_s: 6 });
    // far from the picture's left edge, where a few % of stature jitter would move x / stature most
    const slow = frames
      .filter((_, i) => i % 7 === 0)
      .map((f) => ({ t: f.t, keypoints: f.keypoints!.map(([x, y, s]) => [x + 600, y, s] as Keypoint) }));
    const { events } = detect(slow, { width: image.width + 600, height: image.height });
    const start = events.find((e) => e.type === 'start')!;
    expect(start.t_s).toBeGreaterThan(firstStep_s(w, 0.6));
  });

  it('bridges a frame without the walker at 2 frames/s, and stops when three in a row lack her', () => {
    const { frames, image } = walkOf({ direction: 'backward', facing: 'left' });
    const slow = frames.filter((_, i) => i % 15 === 0);
    const startAt = detect(slow, image).events.find((e) => e.type === 'start')!.t_s;
    const i0 = slow.findIndex((f) => f.t / 1000 > startAt);
    const gap = (n: number) => slow.map((f, i) => (i >= i0 && i < i0 + n ? { t: f.t, keypoints: null } : f));
    expect(detect(gap(1), image).events.map((e) => e.type)).toEqual(['start', 'still', 'stop']);
    const stop = detect(gap(3), image).events.find((e) => e.type === 'stop')!;
    expect(stop.type === 'stop' && stop.reason).toBe('left');
  });

  it('keeps one take without pauses at 5 uneven frames/s', () => {
    const { frames, image } = walkOf({ direction: 'backward', facing: 'right' });
    const steps = [5, 7, 6, 4, 8, 5, 9, 4]; // 0.13–0.3 s between drawn frames, as on a loaded laptop
    const uneven: PoseFrame[] = [];
    for (let i = 0, k = 0; i < frames.length; i += steps[k++ % steps.length]) uneven.push(frames[i]);
    expect(detect(uneven, image).events.map((e) => e.type)).toEqual(['start', 'still', 'stop']);
  });

  it('starts no take when the picture jumps (a looped clip, the tracker switching people)', () => {
    const { frames, image } = walkOf({ standBefore_s: 2, standAfter_s: 0 });
    const standing = frames.filter((f) => f.t < 1900);
    const moved = standing.map((f, i) => ({
      t: f.t,
      keypoints: f.keypoints!.map(([x, y, s]) => [i >= 20 ? x + 200 : x, y, s] as Keypoint),
    }));
    expect(detect(moved, { width: image.width + 200, height: image.height }).events).toEqual([]);
  });
});
