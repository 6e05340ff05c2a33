import { describe, expect, it } from 'vitest';
import { PausedSpans } from '../../../src/renderer/src/recording/paused-spans';

describe('a take with its pauses cut out', () => {
  it('stores frames at their time less the pauses before them, and none while paused', () => {
    const spans = new PausedSpans(1000);
    expect(spans.storedTime(999)).toBeNull();
    expect(spans.storedTime(1500)).toBe(500);
    spans.pause(3000);
    expect(spans.paused).toBe(true);
    expect(spans.storedTime(2900)).toBe(1900); // drawn before the pause, handed over after it
    expect(spans.storedTime(3100)).toBeNull();
    spans.resume(4500);
    expect(spans.storedTime(4000)).toBeNull();
    expect(spans.storedTime(4500)).toBe(2000);
    expect(spans.storedTime(5000)).toBe(2500);
    expect(spans.storedDuration(6000)).toBe(3500);
  });

  it('ends a take that stops while paused at the pause', () => {
    const spans = new PausedSpans(0);
    spans.pause(4200);
    expect(spans.storedDuration(7200)).toBe(4200);
    spans.pause(5000); // a second pause while paused changes nothing
    expect(spans.storedDuration(9000)).toBe(4200);
  });
});
