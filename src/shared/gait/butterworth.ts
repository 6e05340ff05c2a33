/**
 * Zero-lag Butterworth low-pass: a 2nd-order Butterworth section (bilinear transform with
 * frequency pre-warping) run forward then backward (filtfilt), which doubles the order (4th) and
 * cancels the phase lag. Winter's correction (÷ 0.802, applied to the pre-warped cut-off) makes the
 * −3 dB point of the double pass land exactly on the requested cut-off. Edges: odd reflection
 * padding and steady-state initial conditions, as scipy.signal.filtfilt does, so a constant or a
 * ramp passes unchanged.
 *
 * Why not the `fili` package: its IirFilter.filtfilt starts from zero state without padding (an
 * edge transient of the full signal amplitude for pixel coordinates), keeps state between calls,
 * and allocates an object per sample; its coefficients match these (checked, see docs/metrics.md).
 */

export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** Winter's correction factor for a 2nd-order filter applied twice. */
export const DOUBLE_PASS_CORRECTION = Math.pow(Math.SQRT2 - 1, 0.25); // 0.8022

/** 2nd-order Butterworth low-pass coefficients for cut-off fc (Hz) at sampling rate fs (Hz). */
export function butterworthLowpass(fc: number, fs: number): Biquad {
  return fromWarped(Math.tan((Math.PI * Math.min(fc, 0.49 * fs)) / fs));
}

/** Coefficients from the pre-warped analog cut-off K = tan(π fc / fs). */
function fromWarped(K: number): Biquad {
  const K2 = K * K;
  const norm = 1 / (1 + Math.SQRT2 * K + K2);
  const b0 = K2 * norm;
  return { b0, b1: 2 * b0, b2: b0, a1: 2 * (K2 - 1) * norm, a2: (1 - Math.SQRT2 * K + K2) * norm };
}

/**
 * Coefficients for a zero-lag double pass whose overall −3 dB point is fc: Winter's correction
 * (÷ 0.802) applied to the pre-warped cut-off, so it holds exactly in the digital domain.
 */
export function zeroLagLowpass(fc: number, fs: number): Biquad {
  return fromWarped(Math.tan((Math.PI * Math.min(fc, 0.45 * fs)) / fs) / DOUBLE_PASS_CORRECTION);
}

/** One pass in direct form II transposed over buf[0..len), starting from steady state at x0. */
function pass(c: Biquad, buf: Float64Array, len: number): void {
  const { b0, b1, b2, a1, a2 } = c;
  const x0 = buf[0]!;
  let z1 = (1 - b0) * x0;
  let z2 = (b2 - a2) * x0;
  for (let i = 0; i < len; i++) {
    const x = buf[i]!;
    const y = b0 * x + z1;
    z1 = b1 * x - a1 * y + z2;
    z2 = b2 * x - a2 * y;
    buf[i] = y;
  }
}

/** Working space enough for filtfiltRange over any run of up to n samples padded by padlen. */
export function filterScratch(n: number, padlen: number): Float64Array {
  return new Float64Array(n + 2 * padlen);
}

/**
 * Filters samples v[offset + i·stride], i in [start, end), in place (no NaN inside the range).
 * Runs shorter than 4 samples are left as they are. `scratch` is working space the caller may
 * reuse across calls (filterScratch); a new one is made when it is missing or too short.
 */
export function filtfiltRange(
  c: Biquad,
  v: Float64Array,
  offset: number,
  stride: number,
  start: number,
  end: number,
  padlen: number,
  scratch?: Float64Array,
): void {
  const n = end - start;
  if (n < 4) return;
  const pad = Math.min(padlen, n - 1);
  const len = n + 2 * pad;
  const s = scratch && scratch.length >= len ? scratch : new Float64Array(len);
  // every index read below lies in [start, end) of the series (pad < n)
  const first = v[offset + start * stride]!;
  const last = v[offset + (end - 1) * stride]!;
  for (let i = 0; i < pad; i++) s[i] = 2 * first - v[offset + (start + pad - i) * stride]!;
  for (let i = 0; i < n; i++) s[pad + i] = v[offset + (start + i) * stride]!;
  for (let i = 0; i < pad; i++) s[pad + n + i] = 2 * last - v[offset + (end - 2 - i) * stride]!;
  pass(c, s, len);
  // backward: reverse, pass, reverse
  reverse(s, len);
  pass(c, s, len);
  reverse(s, len);
  for (let i = 0; i < n; i++) v[offset + (start + i) * stride] = s[pad + i]!;
}

function reverse(s: Float64Array, len: number): void {
  for (let i = 0, j = len - 1; i < j; i++, j--) {
    const tmp = s[i]!;
    s[i] = s[j]!;
    s[j] = tmp;
  }
}

/** Filters each finite run of a strided series (NaN splits runs); `scratch` as filtfiltRange's. */
export function filtfiltSeries(
  c: Biquad,
  v: Float64Array,
  offset: number,
  stride: number,
  n: number,
  padlen: number,
  scratch: Float64Array = filterScratch(n, padlen),
): void {
  let i = 0;
  while (i < n) {
    while (i < n && v[offset + i * stride] !== v[offset + i * stride]) i++;
    const start = i;
    while (i < n && v[offset + i * stride] === v[offset + i * stride]) i++;
    if (i > start) filtfiltRange(c, v, offset, stride, start, i, padlen, scratch);
  }
}

/** Convenience: zero-lag low-pass of a plain array (NaN-aware), returning a new array. */
export function lowpass(values: ArrayLike<number>, fs: number, fc: number): Float64Array {
  const v = Float64Array.from(values);
  filtfiltSeries(zeroLagLowpass(fc, fs), v, 0, 1, v.length, defaultPadlen(fs, fc));
  return v;
}

export function defaultPadlen(fs: number, fc: number): number {
  return Math.max(9, Math.round((3 * fs) / fc));
}

/** Magnitude response |H(f)| of one pass (for tests and documentation). */
export function magnitude(c: Biquad, f: number, fs: number): number {
  const w = (2 * Math.PI * f) / fs;
  type Coefficients = readonly [number, number, number];
  const re = ([z0, z1, z2]: Coefficients) => z0 + z1 * Math.cos(w) + z2 * Math.cos(2 * w);
  const im = ([, z1, z2]: Coefficients) => -(z1 * Math.sin(w) + z2 * Math.sin(2 * w));
  const b: Coefficients = [c.b0, c.b1, c.b2],
    a: Coefficients = [1, c.a1, c.a2];
  return Math.hypot(re(b), im(b)) / Math.hypot(re(a), im(a));
}
