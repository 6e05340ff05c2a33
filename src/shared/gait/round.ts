/** Rounding of the analysis output: angles, %, cm and cadence to 0.1; times to 0.01 s; shank units to 0.01. */
import type { GaitAnalysis, Side } from './types';

/** x rounded to 1/scale; never −0 (JSON, and so the database, has no −0: stored and fresh values must be equal). */
function roundTo(x: number | null | undefined, scale: number): number | null {
  return x == null || !Number.isFinite(x) ? null : Math.round(x * scale) / scale + 0;
}
export function round1(x: number | null | undefined): number | null {
  return roundTo(x, 10);
}
export function round2(x: number | null | undefined): number | null {
  return roundTo(x, 100);
}
export function round3(x: number | null | undefined): number | null {
  return roundTo(x, 1000);
}

const bySide = (r: Record<Side, number | null>, f: (x: number | null) => number | null) => ({
  left: f(r.left),
  right: f(r.right),
});

export function roundAnalysis(a: GaitAnalysis): GaitAnalysis {
  const lengthRound = a.knee_past_toe.unit === 'cm' ? round1 : round2;
  return {
    ...a,
    segments: a.segments.map((s) => ({ ...s, start_s: round2(s.start_s) ?? 0, end_s: round2(s.end_s) ?? 0 })),
    cadence_spm: round1(a.cadence_spm),
    symmetry: {
      step_time_si_pct: round1(a.symmetry.step_time_si_pct),
      step_length_si_pct: round1(a.symmetry.step_length_si_pct),
      stance_time_si_pct: round1(a.symmetry.stance_time_si_pct),
      knee_rom_si_pct: round1(a.symmetry.knee_rom_si_pct),
      peak_knee_past_toe_si_pct: round1(a.symmetry.peak_knee_past_toe_si_pct),
    },
    knee: { peak_flexion_deg: bySide(a.knee.peak_flexion_deg, round1), rom_deg: bySide(a.knee.rom_deg, round1) },
    knee_past_toe: {
      ...a.knee_past_toe,
      peak_angle_deg: bySide(a.knee_past_toe.peak_angle_deg, round1),
      peak: bySide(a.knee_past_toe.peak, lengthRound),
      steps_past_toe_pct: round1(a.knee_past_toe.steps_past_toe_pct),
    },
    quality: {
      ...a.quality,
      confident_frames_pct: round1(a.quality.confident_frames_pct) ?? 0,
      shank_px: round1(a.quality.shank_px ?? null),
      duration_s: a.quality.duration_s == null ? undefined : (round2(a.quality.duration_s) ?? undefined),
    },
    events: a.events.map((e) => ({ ...e, t_s: round3(e.t_s) ?? 0 })),
    step_list: a.step_list.map((s) => ({
      ...s,
      t_s: round3(s.t_s) ?? 0,
      step_time_s: round3(s.step_time_s),
      stance_time_s: round3(s.stance_time_s),
      step_length: round1(s.step_length),
      peak_knee_flexion_deg: round1(s.peak_knee_flexion_deg),
      peak_knee_past_toe_deg: round1(s.peak_knee_past_toe_deg),
      peak_knee_past_toe: s.peak_knee_past_toe == null ? s.peak_knee_past_toe : lengthRound(s.peak_knee_past_toe),
      peak_knee_past_toe_t_s:
        s.peak_knee_past_toe_t_s == null ? s.peak_knee_past_toe_t_s : round3(s.peak_knee_past_toe_t_s),
    })),
  };
}
