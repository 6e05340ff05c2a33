import type { SessionSummary } from '../../../shared/api';
import type { GaitAnalysis } from '../../../shared/gait';

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** 75 500 ms → "1:15.5"; under a minute → "8.2 s". */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Plain-words status. The list is only shown while nothing records, so a session still marked
 * "recording" was cut off (crash, power cut) just like an interrupted one.
 */
export function statusLabel(session: Pick<SessionSummary, 'status'>): string {
  return { complete: 'Complete', interrupted: 'Interrupted', recording: 'Not finished' }[session.status];
}

export function wasCutOff(session: Pick<SessionSummary, 'status'>): boolean {
  return session.status !== 'complete';
}

export function formatNumber(value: number | null | undefined, unit = '', digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toFixed(digits)}${unit}`;
}

/** Symmetry index with its sign spelled out: which side does more. */
export function formatSymmetry(si: number | null | undefined): string {
  if (si === null || si === undefined || !Number.isFinite(si)) return '—';
  if (Math.abs(si) < 0.5) return '0 % (symmetric)';
  return `${si > 0 ? '+' : ''}${si.toFixed(1)} % (${si > 0 ? 'left' : 'right'} larger)`;
}

const SYMMETRY: Array<[keyof GaitAnalysis['symmetry'], string]> = [
  ['step_time_si_pct', 'Step time'],
  ['step_length_si_pct', 'Step length'],
  ['stance_time_si_pct', 'Stance time'],
  ['knee_rom_si_pct', 'Knee range'],
  ['peak_knee_past_toe_si_pct', 'Knee past toes'],
];

/** The session's symmetry indices, labelled and formatted (session detail, replay, report). */
export function symmetryFacts(a: GaitAnalysis): Array<{ key: string; label: string; value: string }> {
  return SYMMETRY.map(([key, label]) => ({ key, label, value: formatSymmetry(a.symmetry[key]) }));
}
