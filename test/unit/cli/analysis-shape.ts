/** The CLI's --json contract, as a zod schema the tests check the output against. */
import { z } from 'zod';

const perLeg = z.object({ left: z.number().nullable(), right: z.number().nullable() });
const siPct = z.number().nullable();

export const cliAnalysisShape = z.object({
  direction: z.enum(['backward', 'forward', 'mixed', 'standing', 'unknown']),
  segments: z.array(
    z.object({
      start_s: z.number(),
      end_s: z.number(),
      direction: z.enum(['backward', 'forward', 'standing', 'turning', 'unknown']),
    }),
  ),
  steps: z.object({
    count: z.number().int().nonnegative(),
    left: z.number().int().nonnegative(),
    right: z.number().int().nonnegative(),
  }),
  cadence_spm: z.number().positive().nullable(),
  symmetry: z.object({ step_time_si_pct: siPct, step_length_si_pct: siPct, knee_rom_si_pct: siPct }),
  knee: z.object({ peak_flexion_deg: perLeg, rom_deg: perLeg }),
  knee_past_toe: z.object({
    peak_angle_deg: perLeg,
    peak: perLeg,
    unit: z.enum(['cm', 'shank']),
    steps_past_toe_pct: z.number().min(0).max(100).nullable(),
  }),
  balance: z.object({
    score: z.number().min(0).max(100).nullable(),
    subscores: z.record(z.string(), z.number().nullable()),
    explanation: z.string().min(1),
  }),
  quality: z.object({ confident_frames_pct: z.number().min(0).max(100), view: z.enum(['side', 'front', 'unknown']) }),
});
