import { describe, expect, it } from 'vitest';
import { CameraClock } from '../../../src/renderer/src/pose/camera-clock';

/** The camera's clock (ms) runs this far ahead of the worker's performance.now(). */
const CAMERA_AHEAD_MS = 46_000_000;
/** The worker started this long after the page: its performance.now() is this much behind the page's. */
const WORKER_STARTED_MS = 1_500;
/** A frame's capture time (µs, camera clock) for worker time `ms`. */
const capturedUs = (ms: number): number => (ms + CAMERA_AHEAD_MS) * 1000;

describe('CameraClock: camera frames on the page clock', () => {
  it('gives a frame read as it arrives the page time of its arrival', () => {
    const clock = new CameraClock(WORKER_STARTED_MS);
    // delivered 4 ms after capture, read at once
    expect(clock.pageTime(capturedUs(1000), 1004)).toBe(2504);
    expect(clock.pageTime(capturedUs(1033), 1037)).toBe(2537);
  });

  it('keeps the arrival time of a frame that waited to be read while the model was busy', () => {
    const clock = new CameraClock(WORKER_STARTED_MS);
    clock.pageTime(capturedUs(1000), 1004);
    // captured at 1033, arrived at 1037, read 25 ms later
    expect(clock.pageTime(capturedUs(1033), 1062)).toBe(2537);
  });

  it('learns the quickest delivery from later frames when the first waited', () => {
    const clock = new CameraClock(WORKER_STARTED_MS);
    expect(clock.pageTime(capturedUs(1000), 1030)).toBe(2530);
    expect(clock.pageTime(capturedUs(1033), 1037)).toBe(2537);
    expect(clock.pageTime(capturedUs(1066), 1090)).toBe(2570);
  });

  it('gives the reading time when the camera stamps every frame alike, rather than one time for all', () => {
    const clock = new CameraClock(WORKER_STARTED_MS);
    const times = [1000, 1033, 1066, 1100].map((readAt) => clock.pageTime(0, readAt));
    expect(times).toEqual([2500, 2533, 2566, 2600]);
  });

  it('starts again from a frame whose timestamp jumped back (a camera restarted)', () => {
    const clock = new CameraClock(WORKER_STARTED_MS);
    clock.pageTime(capturedUs(1000), 1004);
    expect(clock.pageTime(5_000, 1037)).toBe(2537);
    expect(clock.pageTime(38_000, 1070)).toBe(2570);
  });
});
