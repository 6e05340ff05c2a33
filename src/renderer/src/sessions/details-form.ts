import { sessionDetailsSchema, type SessionDetails, type SessionSummary, type Variant } from '../../../shared/api';
import {
  displayDistance,
  displayMass,
  distanceToM,
  distanceUnit,
  massToKg,
  massUnit,
  type UnitSystem,
} from '../../../shared/display/units';

export const VARIANT_LABELS: Record<Variant, string> = {
  flat: 'Flat ground',
  uphill: 'Uphill',
  'treadmill-off': 'Treadmill (switched off)',
  sled: 'Pulling a sled',
};

/** The session details form's fields, as typed. */
export interface DetailsFormText {
  title: string;
  variant: Variant;
  loadKg: string;
  distanceM: string;
  duration: string;
  notes: string;
  tags: string[];
}

export type DetailsFormErrors = Partial<Record<keyof DetailsFormText, string>>;

/** The form's text for saved details: the load and distance in the app's units (lb and ft in imperial). */
export function detailsFormText(s: SessionDetails, system: UnitSystem = 'metric'): DetailsFormText {
  return {
    title: s.title ?? '',
    variant: s.variant,
    loadKg: s.loadKg === null ? '' : String(displayMass(s.loadKg, system)),
    distanceM: s.distanceM === null ? '' : String(displayDistance(s.distanceM, system)),
    duration: s.exerciseDurationS === null ? '' : formatMinutes(s.exerciseDurationS),
    notes: s.notes,
    tags: s.tags,
  };
}

/** 750 → "12:30", 45 → "0:45". */
export function formatMinutes(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** "12:30" (minutes:seconds) or "12" (minutes) → seconds; null when empty; an error message otherwise. */
export function parseMinutes(text: string): number | null | { error: string } {
  const t = text.trim();
  if (t === '') return null;
  const clock = /^(\d+):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const minutes = Number(t.replace(',', '.'));
  if (/^\d+([.,]\d+)?$/.test(t) && Number.isFinite(minutes)) return Math.round(minutes * 60);
  return { error: `"${t}" is not a duration: write minutes (12) or minutes:seconds (12:30).` };
}

function parseAmount(text: string, what: string): number | null | { error: string } {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const value = Number(t);
  return /^\d+(\.\d+)?$/.test(t) && Number.isFinite(value) ? value : { error: `"${text.trim()}" is not ${what}.` };
}

/** Adds a typed tag to the list: trimmed, without duplicates (case-insensitive), at most 40 characters. */
export function addTag(tags: string[], typed: string): string[] {
  const tag = typed.trim().replace(/,+$/, '').trim().slice(0, 40);
  if (tag === '' || tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return tags;
  return [...tags, tag];
}

/**
 * The form read into the details sessions.update takes (load only for a sled), or one message per
 * wrong field. A load and distance typed in imperial are kept in kg and m; one left as `saved`
 * shows it keeps its stored value, so saving other fields never shifts it by a round trip.
 */
export function parseDetailsForm(
  text: DetailsFormText,
  system: UnitSystem = 'metric',
  saved?: Pick<SessionDetails, 'loadKg' | 'distanceM'>,
): { ok: true; value: SessionDetails } | { ok: false; errors: DetailsFormErrors } {
  const errors: DetailsFormErrors = {};
  const pick = <T>(key: keyof DetailsFormText, parsed: T | { error: string }): T | null => {
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      errors[key] = parsed.error;
      return null;
    }
    return parsed;
  };
  // a field still showing the saved value keeps it exactly (44.1 lb is not quite 20 kg)
  const unchanged = (typed: string, value: number | null | undefined, display: typeof displayMass) =>
    saved !== undefined &&
    value !== undefined &&
    typed.trim() === (value === null ? '' : String(display(value, system)));
  const typedIn = (parsed: number | null, toMetric: (value: number, system: UnitSystem) => number) =>
    parsed === null ? null : toMetric(parsed, system);
  const loadKg =
    text.variant !== 'sled'
      ? null
      : unchanged(text.loadKg, saved?.loadKg, displayMass)
        ? (saved?.loadKg ?? null)
        : typedIn(pick('loadKg', parseAmount(text.loadKg, `a load in ${massUnit(system)}`)), massToKg);
  const distanceM = unchanged(text.distanceM, saved?.distanceM, displayDistance)
    ? (saved?.distanceM ?? null)
    : typedIn(pick('distanceM', parseAmount(text.distanceM, `a distance in ${DISTANCE_WORDS[system]}`)), distanceToM);
  const exerciseDurationS = pick<number | null>('duration', parseMinutes(text.duration));
  const title = text.title.trim();
  const candidate = {
    title: title === '' ? null : title,
    variant: text.variant,
    loadKg,
    distanceM,
    exerciseDurationS,
    notes: text.notes,
    tags: text.tags,
  };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The schema's limits (load ≤ 500 kg, a day at most, …) are the server's: check them here with its words.
  const checked = sessionDetailsSchema.safeParse(candidate);
  if (checked.success) return { ok: true, value: checked.data };
  for (const issue of checked.error.issues) {
    const key = FIELD_OF[String(issue.path[0])] ?? 'notes';
    errors[key] ??= LIMITS[system][key] ?? issue.message;
  }
  return { ok: false, errors };
}

const FIELD_OF: Record<string, keyof DetailsFormText> = {
  title: 'title',
  variant: 'variant',
  loadKg: 'loadKg',
  distanceM: 'distanceM',
  exerciseDurationS: 'duration',
  notes: 'notes',
  tags: 'tags',
};
const COMMON_LIMITS: DetailsFormErrors = {
  title: 'Keep the title to 120 characters.',
  duration: 'A duration is at most 24 hours.',
  notes: 'Keep the notes to 10000 characters.',
  tags: 'At most 30 tags of up to 40 characters.',
};
/** The schema's 500 kg and 100 km, in the units typed. */
const LIMITS: Record<UnitSystem, DetailsFormErrors> = {
  metric: {
    ...COMMON_LIMITS,
    loadKg: 'A sled load is between 0 and 500 kg.',
    distanceM: 'A distance is between 0 and 100 km (100000 m).',
  },
  imperial: {
    ...COMMON_LIMITS,
    loadKg: `A sled load is between 0 and ${displayMass(500, 'imperial')} lb.`,
    distanceM: `A distance is between 0 and ${displayDistance(100_000, 'imperial')} ft (100 km).`,
  },
};
const DISTANCE_WORDS: Record<UnitSystem, string> = { metric: 'metres', imperial: 'feet' };
/** The details form's labels: "Sled load (kg)" or "(lb)", "Distance (m)" or "(ft)". */
export function detailsFieldLabels(system: UnitSystem): { loadKg: string; distanceM: string } {
  return { loadKg: `Sled load (${massUnit(system)})`, distanceM: `Distance (${distanceUnit(system)})` };
}

/** The name a session goes by: its title, else its start date. */
export function sessionName(
  s: Pick<SessionSummary, 'title' | 'startedAt'>,
  formatDate: (iso: string) => string,
): string {
  return s.title ?? `Session of ${formatDate(s.startedAt)}`;
}
