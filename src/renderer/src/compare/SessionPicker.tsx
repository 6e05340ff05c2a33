import type { PersonSessions } from './use-session-choices';
import { useUnitSystem } from '../units/use-unit-system';
import { sessionLabel, variantLabel } from './summary-rows';

interface Props {
  lane: 'A' | 'B';
  groups: readonly PersonSessions[];
  value: number | null;
  onChange: (id: number) => void;
}

/** One of the two sessions, from any person's, grouped by person. */
export function SessionPicker({ lane, groups, value, onChange }: Props) {
  const system = useUnitSystem();
  return (
    <label className={`compare-picker lane-${lane.toLowerCase()}`}>
      <span className="lane-badge">{lane}</span>
      <select
        aria-label={`Session ${lane}`}
        data-testid={`compare-pick-${lane.toLowerCase()}`}
        value={value ?? ''}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {value === null && (
          <option value="" disabled>
            Choose a session…
          </option>
        )}
        {groups
          .filter((g) => g.sessions.length > 0)
          .map((g) => (
            <optgroup key={g.person.id} label={g.person.name}>
              {g.sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {sessionLabel(s)} · {variantLabel(s, system)} · {s.direction ?? 'not analysed'}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </label>
  );
}
