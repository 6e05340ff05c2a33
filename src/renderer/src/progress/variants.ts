import type { Variant } from '../../../shared/api';
import type { DirectionFilter } from '../../../shared/progress/types';

export const VARIANT_LABELS: Record<Variant, string> = {
  flat: 'Flat ground',
  uphill: 'Uphill',
  'treadmill-off': 'Treadmill (switched off)',
  sled: 'Sled',
};

/** The progress screen's filter: every variant, or one. */
export const VARIANT_FILTERS: Array<{ value: Variant | null; label: string }> = [
  { value: null, label: 'All variants' },
  ...(Object.keys(VARIANT_LABELS) as Variant[]).map((value) => ({ value, label: VARIANT_LABELS[value] })),
];

/** The progress screen's direction filter, backward (the exercise) first. */
export const DIRECTION_LABELS: Record<DirectionFilter, string> = {
  backward: 'Backward walks',
  forward: 'Forward walks',
  all: 'All walks',
};
