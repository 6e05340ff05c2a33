import type { Person } from '../../../shared/api';

// Distinct, calm hues so a child recognises their chip before reading it.
const HUES = [28, 200, 140, 330, 260, 90, 0, 170];

/** The person's initial in a coloured circle (colour follows the id, so it never changes). */
export function PersonAvatar({
  person,
  size = 'small',
}: {
  person: Pick<Person, 'id' | 'name'>;
  size?: 'small' | 'large';
}) {
  const hue = HUES[person.id % HUES.length];
  return (
    <span className={`avatar ${size}`} aria-hidden="true" style={{ background: `hsl(${hue} 55% 42%)` }}>
      {person.name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
