/**
 * Replay stepping: looping a step plays exactly [contact, next contact), a seek outside
 * the looped step turns the loop off, and switching the result (Lightning ↔ Thunder) may keep the
 * media time because both results name the same video frames.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import { FrameTimeline, SLACK_MS } from '../../../src/renderer/src/replay/frame-timeline';
import { stepRangeAt } from '../../../src/renderer/src/replay/seeking';
import {
  loopAction,
  loopAfterSeek,
  loopedTime,
  loopFrames,
  timeLeftInFrame,
} from '../../../src/renderer/src/replay/step-loop';
import { loadFixture } from './support';

const file = loadFixture('sports2d-walk-reversed.lightning.json');
const steps = analyzeSession(file).step_list;
const timeline = new FrameTimeline(file.frames.map((f) => f.t));

/** The frames of step k by hand: those whose display interval holds more of the step than of its neighbours. */
function framesOfStep(k: number): number[] {
  const start = steps[k].t_s * 1000,
    end = steps[k + 1].t_s * 1000;
  const out: number[] = [];
  for (let i = 0; i < timeline.count; i++) {
    const t = timeline.times[i];
    if (t >= start - timeline.intervalMs / 2 && t < end - timeline.intervalMs / 2) out.push(i);
  }
  return out;
}

describe('looping a step', () => {
  it('loops the frames from the contact to the one before the next contact, not one more', () => {
    for (let k = 1; k < steps.length - 1; k++) {
      const range = stepRangeAt(steps, (steps[k].t_s + steps[k + 1].t_s) / 2)!;
      const loop = loopFrames(timeline, range)!;
      const expected = framesOfStep(k);
      expect([loop.first, loop.last]).toEqual([expected[0], expected[expected.length - 1]]);
      // the next step starts on the frame after the loop's last: "next step" lands there
      expect(timeline.nearestIndex(steps[k + 1].t_s * 1000)).toBe(loop.last + 1);
      expect(loopAction(loop, loop.first)).toBe('show');
      expect(loopAction(loop, loop.last)).toBe('show-last');
      expect(loopAction(loop, loop.last + 1)).toBe('wrap');
      expect(loopAction(loop, loop.first - 1)).toBe('wrap');
    }
  });

  it('plays every frame of the step for its full time and never a frame of the next, at any speed (clock without video)', () => {
    const range = stepRangeAt(steps, (steps[3].t_s + steps[4].t_s) / 2)!;
    const loop = loopFrames(timeline, range)!;
    for (const tickMs of [4, 16.7, 33.3, 50]) {
      let time = timeline.seekTimeMs(loop.first);
      const shown = new Set<number>();
      let wraps = 0;
      let latestBeforeWrap = 0;
      for (let n = 0; n < 400; n++) {
        const next = loopedTime(timeline, loop, time + tickMs);
        if (next < time) {
          wraps++;
          latestBeforeWrap = Math.max(latestBeforeWrap, time);
        }
        time = next;
        const index = timeline.floorIndex(time);
        expect(index).toBeGreaterThanOrEqual(loop.first);
        expect(index).toBeLessThanOrEqual(loop.last);
        shown.add(index);
      }
      expect(wraps).toBeGreaterThan(1);
      // ticks longer than a frame (a slow screen) skip frames, as any player would
      if (tickMs <= timeline.intervalMs) expect(shown.size).toBe(loop.last - loop.first + 1);
      // the last frame stays until (within one tick of) the next frame's time, less the slack
      // for media times kept in whole milliseconds
      expect(latestBeforeWrap).toBeGreaterThan(timeline.times[loop.last + 1] - tickMs - SLACK_MS - 0.001);
    }
  });

  it('holds the last frame for what is left of its display time (the video is held, then sent back)', () => {
    const loop = { first: 10, last: 20 };
    expect(timeLeftInFrame(timeline, loop.last, timeline.times[20] + 3)).toBeCloseTo(
      timeline.times[21] - timeline.times[20] - 3,
      6,
    );
    const lastFrame = timeline.count - 1;
    expect(timeLeftInFrame(timeline, lastFrame, timeline.times[lastFrame])).toBeCloseTo(timeline.intervalMs, 6);
  });
});

describe('seeking while looping', () => {
  const loop = { first: 40, last: 55 };

  it("keeps the loop for a seek inside the step (frame steps, the step's own row)", () => {
    for (const index of [40, 47, 55]) expect(loopAfterSeek(loop, index)).toBe(loop);
  });

  it('turns the loop off for a seek outside the step (chart click, another row, next step, a peak)', () => {
    for (const index of [0, 39, 56, 200]) expect(loopAfterSeek(loop, index)).toBeNull();
    expect(loopAfterSeek(null, 45)).toBeNull();
  });
});

describe('switching the result', () => {
  it('finds the same video frame at the same media time in the Lightning and the Thunder result', () => {
    const lightning = new FrameTimeline(loadFixture('sports2d-walk.lightning.json').frames.map((f) => f.t));
    const thunder = new FrameTimeline(loadFixture('sports2d-walk.thunder.json').frames.map((f) => f.t));
    for (let i = 0; i < lightning.count; i += 7) {
      const kept = lightning.seekTimeMs(i); // the media time on screen before the switch
      expect(thunder.frameAt(kept)).toBe(i);
      expect(thunder.times[thunder.frameAt(kept)]).toBe(lightning.times[i]);
    }
  });
});
