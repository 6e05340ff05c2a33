import { describe, expect, it } from 'vitest';
import { butterworthLowpass, lowpass, magnitude, zeroLagLowpass } from '../../../src/shared/gait';
import { PointFilter } from '../../../src/shared/gait/one-euro';
import { mulberry32 } from '../../support/synthetic-gait';

describe('zero-lag Butterworth low-pass', () => {
  it('has the coefficients of a 2nd-order Butterworth (same as the fili package computes)', () => {
    // reference values printed by fili 2.0.3: new Fili.CalcCascades().lowpass({ order: 1,
    // characteristic: 'butterworth', Fs, Fc, preGain: false })
    const c = butterworthLowpass(7.48, 30);
    expect(c.b0).toBeCloseTo(0.29166741404036506, 12);
    expect(c.a1).toBeCloseTo(-0.004907476466206085, 12);
    expect(c.a2).toBeCloseTo(0.17157713262766644, 12);
    const c60 = butterworthLowpass(7.48, 60);
    expect(c60.b0).toBeCloseTo(0.09720587010686742, 12);
    expect(c60.a1).toBeCloseTo(-0.9454423209351848, 12);
    expect(c60.a2).toBeCloseTo(0.3342658013626545, 12);
  });

  it('passes DC, is −3 dB at its cut-off per pass, and −3 dB at 6 Hz for the corrected double pass', () => {
    for (const fs of [15, 30, 60]) {
      const single = butterworthLowpass(5, fs);
      expect(magnitude(single, 0, fs)).toBeCloseTo(1, 12);
      expect(magnitude(single, 5, fs)).toBeCloseTo(Math.SQRT1_2, 6);
      const c = zeroLagLowpass(6, fs);
      expect(magnitude(c, 6, fs) ** 2).toBeCloseTo(Math.SQRT1_2, 6);
    }
  });

  it('keeps constants and ramps exact at the edges, and does not shift a 1 Hz wave in time', () => {
    const n = 300,
      fs = 30;
    const ramp = Array.from({ length: n }, (_, i) => 5 + 0.7 * i);
    const out = lowpass(ramp, fs, 6);
    for (let i = 0; i < n; i++) expect(out[i]).toBeCloseTo(ramp[i], 4);
    const wave = Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * i) / fs));
    const w = lowpass(wave, fs, 6);
    let lagged = 0;
    for (let i = 30; i < n - 30; i++) lagged = Math.max(lagged, Math.abs(w[i] - wave[i]));
    expect(lagged).toBeLessThan(0.01);
  });

  it('filters each run between gaps on its own and leaves the gaps', () => {
    const v = [1, 1, 1, 1, 1, NaN, NaN, 3, 3, 3, 3, 3, 3];
    const out = lowpass(v, 30, 6);
    expect(Number.isNaN(out[5])).toBe(true);
    expect(out[0]).toBeCloseTo(1, 9);
    expect(out[12]).toBeCloseTo(3, 9);
  });

  it('removes most of the jitter of a noisy signal', () => {
    const rand = mulberry32(4);
    const clean = Array.from({ length: 600 }, (_, i) => 100 * Math.sin((2 * Math.PI * i) / 40));
    const noisy = clean.map((x) => x + (rand() - 0.5) * 10);
    const f = lowpass(noisy, 30, 6);
    const rms = (a: ArrayLike<number>) =>
      Math.sqrt(Array.from(a).reduce((s, x, i) => s + (x - clean[i]) ** 2, 0) / clean.length);
    expect(rms(f)).toBeLessThan(0.75 * rms(noisy));
  });
});

describe('One Euro filter (live)', () => {
  it('smooths jitter at rest and follows a moving point with little lag', () => {
    const rand = mulberry32(9);
    const f = new PointFilter();
    let restErr = 0,
      rawErr = 0;
    for (let i = 0; i < 90; i++) {
      const x = 200 + (rand() - 0.5) * 4;
      const [fx] = f.filter(x, 100, 480, i / 30);
      if (i > 30) {
        restErr += Math.abs(fx - 200);
        rawErr += Math.abs(x - 200);
      }
    }
    expect(restErr).toBeLessThan(0.5 * rawErr);
    // then a fast move at 480 px/s: the filtered point stays within 10 px of the target
    let lag = 0;
    for (let i = 90; i < 120; i++) {
      const x = 200 + 16 * (i - 90);
      const [fx] = f.filter(x, 100, 480, i / 30);
      if (i > 100) lag = Math.max(lag, Math.abs(fx - x));
    }
    expect(lag).toBeLessThan(10);
  });
});
