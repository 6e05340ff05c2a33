/** The readable report printed by `npm run analyze` without --json. */
import type { GaitAnalysis, Side } from '../shared/gait/types';
import { displayLength, lengthUnit, type UnitSystem } from '../shared/display/units';

const SIDES: Side[] = ['left', 'right'];

function num(value: number | null, digits = 1, unit = ''): string {
  return value === null ? 'n/a' : `${value.toFixed(digits)}${unit}`;
}

function perLeg(values: Record<Side, number | null>, digits: number, unit: string): string {
  return SIDES.map((s) => `${s} ${num(values[s], digits, unit)}`).join(', ');
}

/** Signed symmetry index with a hint of which leg is larger (SI = (L − R) / mean × 100). */
function si(value: number | null): string {
  if (value === null) return 'n/a';
  const side = Math.abs(value) < 0.05 ? '' : value > 0 ? ' (left larger)' : ' (right larger)';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)} %${side}`;
}

/** A label padded to one column, then the value; `indent` for the lines under a heading. */
function field(label: string, value: string, indent = 0): string {
  return `${' '.repeat(indent)}${label.padEnd(LABEL_WIDTH - indent)} ${value}`;
}

const LABEL_WIDTH = 20;

/** A length stored in cm as `system` writes it: "3.1 cm", or "1.2 in" (cm / 2.54, to 0.1). */
function length(cm: number | null, system: UnitSystem): string {
  return cm === null ? 'n/a' : `${displayLength(cm, system).toFixed(1)} ${lengthUnit(system)}`;
}

/** Each step's own peak, the values the typical step is the median of: "left 3.1 cm @ 1.23 s, …". */
function stepPeaks(a: GaitAnalysis, system: UnitSystem): string[] {
  const cm = a.knee_past_toe.unit === 'cm';
  return SIDES.map((side) => {
    const peaks = a.step_list
      .filter((s) => s.side === side)
      .map((s) => {
        const value = cm ? (s.peak_knee_past_toe ?? null) : s.peak_knee_past_toe_deg;
        return value == null
          ? 'n/a'
          : `${cm ? length(value, system) : num(value, 1, '°')}${s.peak_knee_past_toe_t_s == null ? '' : ` @ ${num(s.peak_knee_past_toe_t_s, 2, ' s')}`}`;
      });
    return field(`${side}, each step`, peaks.join(', ') || 'none', 2);
  });
}

/** The report; lengths in cm, or inches with `system` imperial (`--units imperial`). */
export function formatReport(a: GaitAnalysis, source: string, system: UnitSystem = 'metric'): string {
  const k = a.knee_past_toe;
  const distance =
    k.unit === 'cm' ? SIDES.map((s) => `${s} ${length(k.peak[s], system)}`).join(', ') : perLeg(k.peak, 2, ' shank');
  const lines = [
    `Retrowalk gait report: ${source}`,
    '',
    field('Direction', a.direction),
    ...a.segments.map((s) => field(`${num(s.start_s, 1)}–${num(s.end_s, 1)} s`, s.direction, 2)),
    field('Steps', `${a.steps.count} (left ${a.steps.left}, right ${a.steps.right})`),
    field('Cadence', num(a.cadence_spm, 1, ' steps/min')),
    '',
    'Symmetry (SI = (L − R) / mean, 0 = symmetric)',
    field('step time', si(a.symmetry.step_time_si_pct), 2),
    field('step length', si(a.symmetry.step_length_si_pct), 2),
    field('stance time', si(a.symmetry.stance_time_si_pct), 2),
    field('knee range', si(a.symmetry.knee_rom_si_pct), 2),
    field('knee past toes', si(a.symmetry.peak_knee_past_toe_si_pct), 2),
    '',
    'Knee',
    field('peak flexion', perLeg(a.knee.peak_flexion_deg, 1, '°'), 2),
    field('range of motion', perLeg(a.knee.rom_deg, 1, '°'), 2),
    'Knee past toes, typical step (median of the step peaks; + = knee beyond the toes)',
    field('angle', perLeg(a.knee_past_toe.peak_angle_deg, 1, '°'), 2),
    field('distance', distance, 2),
    field('steps past toes', num(a.knee_past_toe.steps_past_toe_pct, 0, ' %'), 2),
    ...stepPeaks(a, system),
    '',
    field('Balance', a.balance.score === null ? 'n/a' : `${Math.round(a.balance.score)} / 100`),
    ...Object.entries(a.balance.subscores).map(([name, v]) => field(name.replace(/_/g, ' '), num(v, 0), 2)),
    `  ${a.balance.explanation}`,
    '',
    'Data quality',
    field('frames', `${a.quality.frames}, ${num(a.quality.confident_frames_pct, 0, ' %')} confident`, 2),
    field('camera view', a.quality.view, 2),
    field('leg swaps repaired', String(a.quality.swaps_repaired), 2),
  ];
  if (a.knee_past_toe.unit === 'shank')
    lines.push(
      '',
      `Lengths are in shank lengths: pass --height-cm for ${system === 'imperial' ? 'inches' : 'centimetres'}.`,
    );
  return lines.join('\n');
}
