import type { Person, Settings } from '../../../shared/api';
import type { LiveReadout } from '../../../shared/gait/types';

/**
 * What a step's chime is measured against: the person's knee-past-toes goal (cm, which needs their
 * height, or degrees), else the coaching setting in cm (with a height), else "past the toes at all"
 * in the live readout's own unit (shank lengths without a height).
 */
export interface KneeTarget {
  value: number;
  unit: 'cm' | 'deg' | 'readout';
}

export function kneeTargetFor(person: Person | null, settings: Settings): KneeTarget {
  const goal = person?.goals.kneePastToe ?? null;
  const height = person?.heightCm ?? null;
  if (goal && (goal.unit === 'deg' || height !== null)) return { value: goal.value, unit: goal.unit };
  if (height !== null) return { value: settings.coaching.kneePastToeTargetCm, unit: 'cm' };
  return { value: 0, unit: 'readout' };
}

/** This frame's knee past the toes per leg, in the target's unit. */
export function kneePastToeIn(target: KneeTarget, readout: LiveReadout): { left: number | null; right: number | null } {
  if (target.unit === 'deg')
    return { left: readout.left.kneePastToeDeg.value, right: readout.right.kneePastToeDeg.value };
  return { left: readout.left.kneePastToeDist.value, right: readout.right.kneePastToeDist.value };
}

export function sameTarget(a: KneeTarget, b: KneeTarget): boolean {
  return a.value === b.value && a.unit === b.unit;
}
