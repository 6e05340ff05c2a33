/**
 * What Undo after editing a person sends: the person's fields as they were. A new height applied
 * to every session (a correction) gets none: it recomputed each session's analysis in the new
 * height, and the sessions' heights before it may have differed (grown children), so sending the
 * old height back to all of them would not restore them. The person is told so instead.
 */
import type { ApiRequest, HeightApplies, Person } from '../../../shared/api';
import { formatHeight, type UnitSystem } from '../../../shared/display/units';

export type PersonUndo =
  | { kind: 'undo'; request: ApiRequest<'people.update'> }
  | { kind: 'none'; reason: string }
  /** Nothing changed: nothing to undo. */
  | { kind: 'same' };

export function personUndo(
  before: Person,
  after: Person,
  heightApplies: HeightApplies,
  system: UnitSystem = 'metric',
): PersonUndo {
  const heightChanged = before.heightCm !== after.heightCm;
  const same =
    !heightChanged &&
    before.name === after.name &&
    before.birthYear === after.birthYear &&
    before.kidsMode === after.kidsMode &&
    JSON.stringify(before.goals) === JSON.stringify(after.goals);
  if (same) return { kind: 'same' };
  if (heightChanged && heightApplies === 'all' && after.sessionCount > 0)
    return {
      kind: 'none',
      reason: `every session of ${after.name}'s was analysed again in ${after.heightCm === null ? 'no height' : formatHeight(after.heightCm, system)}; edit the height again to change it`,
    };
  return {
    kind: 'undo',
    request: {
      id: before.id,
      name: before.name,
      heightCm: before.heightCm,
      birthYear: before.birthYear,
      goals: before.goals,
      kidsMode: before.kidsMode,
      // the height goes back for new sessions only: no session took the new one
      heightApplies: 'from-now',
    },
  };
}
