import { describe, expect, it } from 'vitest';
import { FrameGate } from '../../../src/renderer/src/live/frame-gate';

/**
 * Simulates a 30 fps camera feeding an engine that takes `workMs` per frame, one frame running and
 * one waiting (a newer frame replaces the waiting one), like the pose engine. Returns how many
 * bitmaps were made, how many frames were analysed, and how old each analysed frame was when the
 * engine picked it up.
 */
function simulate(work: number | ((job: number) => number), { seconds = 10, gated = true } = {}) {
  const workMs = typeof work === 'number' ? () => work : work;
  const gate = gated ? new FrameGate() : { admit: () => true, settle: () => undefined };
  const frameMs = 1000 / 30;
  let running = null as { frame: number; endsAt: number } | null;
  let waiting = null as number | null;
  let made = 0;
  let analysed = 0;
  const ages: number[] = [];
  const start = (now: number, frame: number): void => {
    ages.push(now - frame);
    running = { frame, endsAt: now + workMs(ages.length) };
  };
  for (let now = 0; now < seconds * 1000; now += 1) {
    if (running && now >= running.endsAt) {
      running = null;
      analysed += 1;
      gate.settle(now, true);
      if (waiting !== null) {
        start(now, waiting);
        waiting = null;
      }
    }
    const isFrame = Math.floor(now / frameMs) !== Math.floor((now - 1) / frameMs) || now === 0;
    if (isFrame && gate.admit(now)) {
      made += 1;
      if (!running) start(now, now);
      else {
        if (waiting !== null) gate.settle(now, false); // replaced: dropped
        waiting = now;
      }
    }
  }
  const sorted = [...ages].sort((a, b) => a - b);
  return { made, analysed, maxAge: sorted[sorted.length - 1], medianAge: sorted[sorted.length >> 1] };
}

describe('FrameGate', () => {
  it('sends every frame when the engine keeps up with the camera', () => {
    const { made, analysed } = simulate(20);
    expect(made).toBeGreaterThanOrEqual(299);
    expect(analysed).toBeGreaterThanOrEqual(298);
  });

  it('makes far fewer bitmaps than camera frames when the engine is slower, and keeps frames fresh', () => {
    const { made, analysed, maxAge, medianAge } = simulate(90);
    expect(analysed).toBeGreaterThanOrEqual(105); // ~111 in 10 s: the engine stays busy
    expect(made).toBeLessThan(analysed * 1.6); // instead of 300 bitmaps, 2 of 3 wasted
    expect(medianAge).toBeLessThanOrEqual(34); // a picked-up frame is at most about one camera frame old
    expect(maxAge).toBeLessThan(90);
  });

  it('loses no throughput when the work per frame varies (a slow frame now and then)', () => {
    const work = (job: number): number => (job % 5 === 4 ? 120 : 30);
    const gated = simulate(work);
    const ungated = simulate(work, { gated: false });
    expect(gated.analysed).toBeGreaterThanOrEqual(ungated.analysed * 0.95);
    expect(gated.made).toBeLessThanOrEqual(ungated.made);
    expect(gated.medianAge).toBeLessThanOrEqual(ungated.medianAge + 5);
  });
});
