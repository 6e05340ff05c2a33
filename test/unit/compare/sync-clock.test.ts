/** The comparison's shared time: τ (s since each session's aligned contact) ↔ each video's time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEEK_DRIFT_S, SyncClock, syncCorrection } from '../../../src/renderer/src/compare/sync-clock';

// A: contact 1.2 s into a 4.5-s clip; B: contact 0.4 s into a 3.0-s clip
const clock = new SyncClock([
  { contactS: 1.2, endS: 4.5 },
  { contactS: 0.4, endS: 3.0 },
]);

describe('time since the aligned contact ↔ each video', () => {
  it('puts both videos on their contact at τ = 0, and moves both by the same amount', () => {
    expect(clock.mediaTime(0, 0)).toBe(1.2);
    expect(clock.mediaTime(1, 0)).toBe(0.4);
    for (const tau of [-0.3, 0.5, 1.7, 2.5]) {
      expect(clock.mediaTime(0, tau) - clock.mediaTime(1, tau)).toBeCloseTo(0.8, 9);
      expect(clock.tauOf(0, clock.mediaTime(0, tau))).toBeCloseTo(tau, 9);
      expect(clock.tauOf(1, clock.mediaTime(1, tau))).toBeCloseTo(tau, 9);
    }
  });

  it("spans from the latest contact's start to the longest tail after a contact", () => {
    expect(clock.startS).toBe(-1.2); // A has 1.2 s before its contact, B only 0.4 s
    expect(clock.endS).toBe(3.3); // A has 3.3 s after its contact, B 2.6 s
    expect(clock.clampTau(-5)).toBe(-1.2);
    expect(clock.clampTau(9)).toBe(3.3);
    expect(clock.clampTau(1)).toBe(1);
  });

  it('holds a session at its first or last frame outside its own media, and says it is not playing there', () => {
    expect(clock.mediaTime(1, -1)).toBe(0); // B has not started yet
    expect(clock.playsAt(1, -1)).toBe(false);
    expect(clock.playsAt(0, -1)).toBe(true);
    expect(clock.mediaTime(1, 3)).toBe(3.0); // B ended; A plays on
    expect(clock.playsAt(1, 3)).toBe(false);
    expect(clock.playsAt(0, 3)).toBe(true);
    expect(clock.playsAt(0, clock.endS)).toBe(false); // the very end is past the last frame
  });

  it('keeps every video time within its media, for any τ', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (tau) => {
        for (const lane of [0, 1]) {
          const t = clock.mediaTime(lane, tau);
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThanOrEqual(clock.lanes[lane].endS);
        }
      }),
    );
  });

  it('refuses a comparison of nothing', () => {
    expect(() => new SyncClock([])).toThrow('at least one session');
  });
});

describe('keeping the following video in step', () => {
  it('slows a video that runs ahead and speeds one that lags, in proportion, within limits', () => {
    const ahead = syncCorrection(0.04, 1);
    const behind = syncCorrection(-0.04, 1);
    expect(ahead.seek).toBe(false);
    expect(ahead.rate).toBeLessThan(1);
    expect(behind.rate).toBeGreaterThan(1);
    expect(1 - ahead.rate).toBeCloseTo(behind.rate - 1, 9);
    expect(syncCorrection(0.001, 1).rate).toBeGreaterThan(ahead.rate); // smaller drift, smaller change
    expect(syncCorrection(0.25, 1).rate).toBeGreaterThanOrEqual(0.75);
    expect(syncCorrection(0, 0.5)).toEqual({ seek: false, rate: 0.5 }); // at the chosen speed when in step
    expect(syncCorrection(-0.04, 0.5).rate).toBeCloseTo(0.5 * behind.rate, 9); // relative to the chosen speed
  });

  it('seeks when the drift is too large to catch up gently', () => {
    expect(syncCorrection(SEEK_DRIFT_S + 0.01, 1)).toEqual({ seek: true, rate: 1 });
    expect(syncCorrection(-1, 2).seek).toBe(true);
  });

  it('closes a drift: a video started 50 ms late is in step within a second of following', () => {
    let drift = -0.05;
    const dt = 1 / 60;
    for (let t = 0; t < 1; t += dt) drift += (syncCorrection(drift, 1).rate - 1) * dt;
    expect(Math.abs(drift)).toBeLessThan(0.005);
  });
});
