/**
 * Metric or imperial, one app-wide choice (settings.units). Everything is stored and computed in
 * metric (cm, m, kg); these functions only write and read what a screen shows, so a value is
 * converted in one place and reads the same everywhere (docs/metrics.md "Units").
 */

export type UnitSystem = 'metric' | 'imperial';

/** Exact by definition (international yard and pound, 1959). */
export const CM_PER_INCH = 2.54;
export const M_PER_FOOT = 0.3048;
export const KG_PER_POUND = 0.45359237;

/** The range a person's height may take, cm (as heightCmSchema). */
const HEIGHT_CM = { min: 50, max: 250 } as const;

const MINUS = '−';
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));
const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** The short unit a body length is shown in. */
export function lengthUnit(system: UnitSystem): 'cm' | 'in' {
  return system === 'imperial' ? 'in' : 'cm';
}

/** A length given in cm as the number shown: cm, or inches in imperial, to `decimals` places. */
export function displayLength(cm: number, system: UnitSystem, decimals = 1): number {
  return round(system === 'imperial' ? cm / CM_PER_INCH : cm, decimals);
}

/** A shown length back in cm (inches in imperial). */
export function lengthToCm(value: number, system: UnitSystem): number {
  return system === 'imperial' ? value * CM_PER_INCH : value;
}

/** "12.3 cm", "4.8 in", "−1.2 in", "—": the shown number, so the text is the value. */
export function formatLength(cm: number | null | undefined, system: UnitSystem, decimals = 1): string {
  if (!finite(cm)) return '—';
  const value = displayLength(cm, system, decimals);
  const sign = value < 0 ? MINUS : '';
  return `${sign}${Math.abs(value).toFixed(decimals)} ${lengthUnit(system)}`;
}

/** A person's height: "168 cm", or feet and whole inches "5′ 6″" (the nearest inch). */
export function formatHeight(cm: number | null | undefined, system: UnitSystem): string {
  if (!finite(cm)) return '—';
  if (system === 'metric') return `${round(cm, 1)} cm`;
  const inches = Math.round(cm / CM_PER_INCH);
  return `${Math.floor(inches / 12)}′ ${inches % 12}″`;
}

/** A height as the person form pre-fills it: "168", or `5'6"` in imperial. */
export function heightFieldText(cm: number | null, system: UnitSystem): string {
  if (cm === null) return '';
  if (system === 'metric') return String(round(cm, 1));
  const inches = Math.round(cm / CM_PER_INCH);
  return `${Math.floor(inches / 12)}'${inches % 12}"`;
}

const number = String.raw`(\d+(?:[.,]\d+)?)`;
const FEET_INCHES = new RegExp(
  String.raw`^${number}\s*(?:'|′|ft|feet|foot)\s*(?:${number}\s*(?:"|″|''|in|inch|inches)?)?$`,
  'i',
);
const WITH_UNIT = new RegExp(String.raw`^${number}\s*(cm|m|in|inch|inches|"|″)$`, 'i');
const BARE = new RegExp(String.raw`^${number}$`);
/** A matched number (comma or point decimals); NaN where the group did not match. */
const toNumber = (text: string | undefined) => (text === undefined ? NaN : Number(text.replace(',', '.')));

/**
 * Reads a height field: empty = not set. Accepts `5'8"`, `5′ 8″`, `5 ft 8 in`, `5'`, `68 in`,
 * `172 cm`, `1.72 m` in either system; a bare number is cm in metric and inches in imperial.
 * Kept to 0.1 cm.
 */
export function parseHeight(text: string, system: UnitSystem): { heightCm: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { heightCm: null };
  let cm = NaN;
  const feet = FEET_INCHES.exec(trimmed);
  const withUnit = WITH_UNIT.exec(trimmed);
  const bare = BARE.exec(trimmed);
  if (feet) cm = (toNumber(feet[1]) * 12 + (feet[2] ? toNumber(feet[2]) : 0)) * CM_PER_INCH;
  else if (withUnit) {
    const value = toNumber(withUnit[1]);
    const unit = (withUnit[2] ?? '').toLowerCase();
    cm = unit === 'cm' ? value : unit === 'm' ? value * 100 : value * CM_PER_INCH;
  } else if (bare) cm = lengthToCm(toNumber(bare[1]), system);
  if (!Number.isFinite(cm) || cm < HEIGHT_CM.min || cm > HEIGHT_CM.max) {
    const range = system === 'imperial' ? `between 1'8" and 8'2" (e.g. 5'8")` : 'in centimetres between 50 and 250';
    return { error: `"${trimmed}" is not a height ${range}.` };
  }
  return { heightCm: round(cm, 1) };
}

/** A quantity shown to 0.1 in a metric unit or an imperial one, `perImperial` metric units each. */
interface Scale<M extends string, I extends string> {
  metric: M;
  imperial: I;
  perImperial: number;
}
const MASS: Scale<'kg', 'lb'> = { metric: 'kg', imperial: 'lb', perImperial: KG_PER_POUND };
const DISTANCE: Scale<'m', 'ft'> = { metric: 'm', imperial: 'ft', perImperial: M_PER_FOOT };

const shown = (scale: Scale<string, string>, metric: number, system: UnitSystem) =>
  round(system === 'imperial' ? metric / scale.perImperial : metric, 1);
const written = (scale: Scale<string, string>, metric: number | null | undefined, system: UnitSystem) =>
  finite(metric) ? `${shown(scale, metric, system)} ${scale[system]}` : '—';
const toMetric = (scale: Scale<string, string>, value: number, system: UnitSystem) =>
  system === 'imperial' ? value * scale.perImperial : value;

/** The short unit a sled load is shown in. */
export const massUnit = (system: UnitSystem): 'kg' | 'lb' => MASS[system];
/** A load in kg as the number shown: kg, or pounds, to 0.1. */
export const displayMass = (kg: number, system: UnitSystem): number => shown(MASS, kg, system);
/** "20 kg", "44.1 lb", "—". */
export const formatMass = (kg: number | null | undefined, system: UnitSystem): string => written(MASS, kg, system);
/** A shown load (kg, or lb in imperial) back in kg. */
export const massToKg = (value: number, system: UnitSystem): number => toMetric(MASS, value, system);

/** The short unit a walked distance is shown in. */
export const distanceUnit = (system: UnitSystem): 'm' | 'ft' => DISTANCE[system];
/** A distance in m as the number shown: m, or feet, to 0.1. */
export const displayDistance = (m: number, system: UnitSystem): number => shown(DISTANCE, m, system);
/** "12.5 m", "32.8 ft", "—". */
export const formatDistance = (m: number | null | undefined, system: UnitSystem): string =>
  written(DISTANCE, m, system);
/** A shown distance (m, or ft in imperial) back in m. */
export const distanceToM = (value: number, system: UnitSystem): number => toMetric(DISTANCE, value, system);
