import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FrameTimeline } from '../../../src/renderer/src/replay/frame-timeline';

/** Stored times are rounded to 0.01 ms, as the recorder and the import store them. */
const at30fps = (n: number) => Array.from({ length: n }, (_, i) => Math.round(((i * 1000) / 30) * 100) / 100);
/** The exact presentation time of video frame i at 30 fps, as requestVideoFrameCallback reports it (ms). */
const presented = (i: number) => (i / 30) * 1000;

describe('time → frame', () => {
  it('maps every video frame of a 30 fps clip to its own stored frame, though stored times are rounded', () => {
    const timeline = new FrameTimeline(at30fps(90));
    for (let i = 0; i < 90; i++) expect(timeline.frameAt(presented(i))).toBe(i);
    // currentTime anywhere inside a frame's display interval still names that frame
    expect(timeline.frameAt(presented(10) + 30)).toBe(10);
    expect(timeline.frameAt(-5)).toBe(-1);
  });

  it('shows no skeleton in a gap of dropped frames, and the previous frame just after it', () => {
    // frames 3–6 were dropped (100–200 ms)
    const timeline = new FrameTimeline([0, 33.33, 66.67, 233.33, 266.67, 300]);
    expect(timeline.intervalMs).toBeCloseTo(33.33, 1);
    expect(timeline.frameAt(90)).toBe(2); // within 1.5 intervals of frame 2: held
    expect(timeline.frameAt(150)).toBe(-1); // stale: nothing rather than an old skeleton
    expect(timeline.frameAt(233.3333)).toBe(3);
    expect(timeline.nearestIndex(180)).toBe(3);
    expect(timeline.nearestIndex(100)).toBe(2);
  });

  it('maps a 30 fps video onto keypoints recorded at an uneven ~15 fps (sample and hold)', () => {
    const stored = [0, 61.2, 140.5, 199.9, 268.4, 330.1];
    const timeline = new FrameTimeline(stored);
    // video frames at 0, 33.3, 66.7, 100, 133.3, 166.7, 200, 233.3, 266.7, 300, 333.3 ms
    const shown = Array.from({ length: 11 }, (_, i) => timeline.frameAt(presented(i)));
    expect(shown).toEqual([0, 0, 1, 1, 1, 2, 3, 3, 3, 4, 5]);
  });

  it("finds each recorded frame at the whole millisecond the recording's WebM gives it (rounded or cut)", () => {
    // a live take: poses at the camera's uneven times, kept to 0.01 ms; the WebM keeps milliseconds
    const stored = [12.37, 45.81, 79.5, 112.99, 146.02, 180.64, 213.3];
    const timeline = new FrameTimeline(stored);
    stored.forEach((t, i) => {
      expect(timeline.frameAt(Math.round(t))).toBe(i);
      expect(timeline.frameAt(Math.floor(t))).toBe(i);
    });
  });

  it('refuses times that go backwards, saying where', () => {
    expect(() => new FrameTimeline([0, 33, 20])).toThrow('frame 2 is at 20 ms, after 33 ms');
  });
});

describe('seeking to a frame', () => {
  it('lands on the frame itself, for any ascending timestamps (gaps, jitter, high frame rates)', () => {
    // frames at least 4 ms apart (250 fps): the seek lands over 1 ms (the slack for WebM's ms) before the next
    const gaps = fc.array(fc.double({ min: 4, max: 400, noNaN: true }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), gaps, (first, steps) => {
        const times = [first];
        for (const g of steps) times.push(Math.round((times[times.length - 1] + g) * 100) / 100);
        const timeline = new FrameTimeline(times);
        for (let i = 0; i < times.length; i++) {
          const seek = timeline.seekTimeMs(i);
          expect(timeline.floorIndex(seek)).toBe(i);
          expect(timeline.frameAt(seek)).toBe(i);
          expect(seek).toBeGreaterThanOrEqual(times[i]);
        }
      }),
    );
  });

  it('steps one frame at a time from wherever the playhead is, across gaps, clamped at both ends', () => {
    const timeline = new FrameTimeline([0, 33.33, 66.67, 233.33, 266.67]);
    expect(timeline.stepFrom(timeline.seekTimeMs(0), -1)).toBe(0);
    expect(timeline.stepFrom(timeline.seekTimeMs(1), 1)).toBe(2);
    expect(timeline.stepFrom(timeline.seekTimeMs(2), 1)).toBe(3);
    expect(timeline.stepFrom(timeline.seekTimeMs(3), -1)).toBe(2);
    // in the gap (no frame shown): forward is the frame after it, back the frame before it
    expect(timeline.stepFrom(150, 1)).toBe(3);
    expect(timeline.stepFrom(150, -1)).toBe(2);
    expect(timeline.stepFrom(timeline.seekTimeMs(4), 1)).toBe(4);
    expect(timeline.stepFrom(-100, 1)).toBe(0);
  });
});
