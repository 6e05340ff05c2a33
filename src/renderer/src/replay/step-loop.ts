/**
 * Looping one step, in stored frames: exactly [contact, next contact). Contacts fall between frames;
 * a step's frames run from the frame nearest its contact (where "go to step" lands) to the frame
 * before the one nearest the next contact (where the next step starts).
 */
import type { FrameTimeline } from './frame-timeline';
import type { TimeRange } from './seeking';

export interface LoopFrames {
  first: number;
  last: number;
}

export function loopFrames(timeline: FrameTimeline, range: TimeRange): LoopFrames | null {
  const first = timeline.nearestIndex(range.startS * 1000);
  const last = timeline.nearestIndex(range.endS * 1000) - 1;
  return first >= 0 && last >= first ? { first, last } : null;
}

/**
 * What playback does on reaching frame `index` (the last frame at or before the media time) while
 * looping: `show` it; `show-last` it and wrap once its display time is over; or `wrap` at once,
 * without showing it (it is outside the step: playback ran past, or started elsewhere).
 */
export type LoopAction = 'show' | 'show-last' | 'wrap';

export function loopAction(loop: LoopFrames, index: number): LoopAction {
  if (index < loop.first || index > loop.last) return 'wrap';
  return index === loop.last ? 'show-last' : 'show';
}

/**
 * The loop after the user seeks to frame `index`: kept while the target is inside the step, turned
 * off outside it. (Moving the loop to the step under the new position would keep repeating something
 * the user did not choose, and a pause or the time before the first contact has no step to loop.)
 */
export function loopAfterSeek(loop: LoopFrames | null, index: number): LoopFrames | null {
  return loop && index >= loop.first && index <= loop.last ? loop : null;
}

/** How long (media ms) frame `index` stays on screen from `timeMs`: until the next frame's time. */
export function timeLeftInFrame(timeline: FrameTimeline, index: number, timeMs: number): number {
  const next = index + 1 < timeline.count ? timeline.times[index + 1] : timeline.times[index] + timeline.intervalMs;
  return Math.max(0, next - timeMs);
}

/** The clock's next time while looping (no video): `nextMs`, or the step's first frame once it left the step. */
export function loopedTime(timeline: FrameTimeline, loop: LoopFrames | null, nextMs: number): number {
  return loop && loopAction(loop, timeline.floorIndex(nextMs)) === 'wrap' ? timeline.seekTimeMs(loop.first) : nextMs;
}
