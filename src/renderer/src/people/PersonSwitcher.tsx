import type { Person } from '../../../shared/api';
import { PersonAvatar } from './PersonAvatar';

interface Props {
  people: Person[];
  active: Person | null;
  /** Switching is refused while recording (the take belongs to whoever it started for). */
  disabledReason: string | null;
  onSwitch: (personId: number) => void;
  onManage: () => void;
}

/** One chip per person in the header: one click makes them the person being filmed. */
export function PersonSwitcher({ people, active, disabledReason, onSwitch, onManage }: Props) {
  return (
    <div className="person-switcher" role="group" aria-label="Who is walking" data-testid="person-switcher">
      {people.map((p) => (
        <button
          key={p.id}
          type="button"
          className="person-chip"
          data-testid="person-chip"
          data-person-id={p.id}
          aria-pressed={p.id === active?.id}
          disabled={disabledReason !== null && p.id !== active?.id}
          title={disabledReason ?? `Switch to ${p.name}`}
          onClick={() => onSwitch(p.id)}
        >
          <PersonAvatar person={p} />
          {p.name}
        </button>
      ))}
      <button
        type="button"
        className="person-chip add"
        data-testid="manage-people"
        onClick={onManage}
        disabled={disabledReason !== null}
      >
        {people.length === 0 ? '+ Add who walks' : 'People…'}
      </button>
    </div>
  );
}
