/**
 * Splitting a video into contiguous parts, one per worker. Every part after the first starts
 * `warmupS` early: its tracker picks the walker during that warm-up, whose frames are only used to
 * check that both sides of the seam follow the same person. Parts are sized so each worker decodes
 * and analyses about the same number of frames, warm-up included.
 */
export interface VideoPart {
  index: number;
  /** Where this part's decoding starts (ms), the warm-up included. */
  decodeFromMs: number;
  /** The part's own frames: from this time (ms) ... */
  ownFromMs: number;
  /** ... up to, not including, this one (Infinity for the last part). */
  endMs: number;
}

export interface PlanOptions {
  workers: number;
  warmupS: number;
  /** Each worker's own share must be at least this long, else fewer workers are used. */
  minPartS: number;
}

export function planParts(durationS: number | null, fps: number, options: PlanOptions): VideoPart[] {
  const whole: VideoPart[] = [{ index: 0, decodeFromMs: 0, ownFromMs: 0, endMs: Infinity }];
  if (!durationS || !(durationS > 0)) return whole;
  const { warmupS, minPartS } = options;
  let n = Math.max(1, Math.floor(options.workers));
  // Work per worker W: the first part owns W seconds, the others W - warmup.
  const ownOfLater = (k: number) => (durationS + (k - 1) * warmupS) / k - warmupS;
  while (n > 1 && ownOfLater(n) < minPartS) n--;
  if (n === 1) return whole;
  const work = (durationS + (n - 1) * warmupS) / n;
  // Seams half-way between frames, so a frame's time never equals a seam.
  const snap = (s: number) => ((Math.round(s * fps) + 0.5) / fps) * 1000;
  const seams = Array.from({ length: n - 1 }, (_, i) => snap(work + i * (work - warmupS)));
  return Array.from({ length: n }, (_, i) => {
    const ownFromMs = i === 0 ? 0 : seams[i - 1];
    return {
      index: i,
      decodeFromMs: i === 0 ? 0 : Math.max(0, ownFromMs - warmupS * 1000),
      ownFromMs,
      endMs: i === n - 1 ? Infinity : seams[i],
    };
  });
}
