import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { HeightApplies, Person } from '../../../shared/api';
import { api } from '../api';
import { peopleChanged } from '../data/changes';
import { peopleQuery, sessionListQuery } from '../data/queries';
import { plural } from '../../../shared/display/plural';
import { formatHeight } from '../../../shared/display/units';
import { useUnitSystem } from '../units/use-unit-system';
import { personUndo, type PersonUndo } from './person-undo';
import { deleteBlocker } from './delete-blocker';
import { Notice } from '../app/Notice';
import { asksHeightChoice } from './height-choice';
import { HeightChoice } from './HeightChoice';
import { PersonAvatar } from './PersonAvatar';
import { PersonForm } from './PersonForm';
import type { PersonFields } from './person-form';
import { messageOf } from '../api/errors';

interface Props {
  people: Person[];
  activeId: number | null;
  onSwitch: (personId: number) => void;
}

/** Everyone who walks: add, edit (name, height, birth year), delete once they have no sessions. */
export function PeopleScreen({ people, activeId, onSwitch }: Props) {
  const client = useQueryClient();
  const onChanged = () => peopleChanged(client);
  const [adding, setAdding] = useState(people.length === 0);
  /** Said after adding someone: they are now the one walking, and who was before (to switch back). */
  const [added, setAdded] = useState<{ name: string; before: Person | null } | null>(null);
  const active = people.find((p) => p.id === activeId) ?? null;
  return (
    <section className="people-screen" aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      <p className="muted">
        Each walk belongs to one person, so an adult and children sharing the computer each see their own sessions and
        progress. Click a name in the top bar to switch.
      </p>
      {people.length === 0 && (
        <p className="notice info" data-testid="no-people">
          Nobody yet. Add the first person who walks (a walk recorded before that is kept for “Me”, which you can
          rename).
        </p>
      )}
      {added && (
        <div className="notice info" role="status" data-testid="person-added">
          <span>
            {added.name} added, and now the active person: new walks are recorded for {added.name}, and Sessions and
            Progress show theirs.
          </span>
          {added.before && (
            <button
              type="button"
              style={{ whiteSpace: 'nowrap' }}
              onClick={() => {
                onSwitch(added.before!.id);
                setAdded(null);
              }}
            >
              Switch back to {added.before.name}
            </button>
          )}
          <button type="button" className="dismiss" aria-label="Dismiss message" onClick={() => setAdded(null)}>
            ×
          </button>
        </div>
      )}
      <ul className="people-list" data-testid="people-list" data-count={people.length}>
        {people.map((p) => (
          <PersonCard key={p.id} person={p} active={p.id === activeId} onSwitch={onSwitch} onChanged={onChanged} />
        ))}
      </ul>
      {adding ? (
        <div className="card">
          <h2>Add a person</h2>
          <PersonForm
            person={null}
            submitLabel="Add"
            onSubmit={async (fields) => {
              const created = await api['people.create'](fields);
              setAdding(false);
              await onChanged();
              // the new person walks next (why they were added); said so, with the way back
              onSwitch(created.id);
              setAdded({ name: created.name, before: active });
            }}
            onCancel={people.length > 0 ? () => setAdding(false) : undefined}
          />
        </div>
      ) : (
        <button type="button" className="primary" data-testid="add-person" onClick={() => setAdding(true)}>
          + Add a person
        </button>
      )}
    </section>
  );
}

function PersonCard({
  person,
  active,
  onSwitch,
  onChanged,
}: {
  person: Person;
  active: boolean;
  onSwitch: (id: number) => void;
  onChanged: () => Promise<void>;
}) {
  const client = useQueryClient();
  const system = useUnitSystem();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Fields whose new height waits for the answer (grew, or a mistake?), with how many sessions it is about. */
  const [asking, setAsking] = useState<{ fields: PersonFields; sessionCount: number } | null>(null);
  /** After a save: how to undo it (or why it cannot be). */
  const [saved, setSaved] = useState<PersonUndo | null>(null);
  // a person with no sessions may still have some in the trash, which keep them from being deleted
  const trash = useQuery({ ...sessionListQuery(person.id, true), enabled: person.sessionCount === 0 });
  const trashed = person.sessionCount > 0 ? 0 : (trash.data?.length ?? null);
  const blocker = deleteBlocker(person, trashed ?? 0);
  // Delete is offered once known to be possible (never offered, then refused)
  const canDelete = blocker === null && trashed !== null;

  const save = async (fields: PersonFields, heightApplies: HeightApplies): Promise<void> => {
    const after = await api['people.update']({ id: person.id, ...fields, heightApplies });
    setAsking(null);
    setEditing(false);
    setSaved(personUndo(person, after, heightApplies, system));
    await onChanged();
  };

  const undo = (request: Extract<PersonUndo, { kind: 'undo' }>['request']): void => {
    setError(null);
    api['people.update'](request)
      .then(() => setSaved(null))
      .then(onChanged)
      .catch((e: unknown) => setError(messageOf(e)));
  };

  const remove = (): void => {
    setError(null);
    api['people.delete']({ id: person.id })
      .then(onChanged)
      .catch((e: unknown) => {
        setConfirmDelete(false);
        setError(messageOf(e));
      });
  };

  return (
    <li className={`card person-card${active ? ' active' : ''}`} data-testid="person-card" data-person-id={person.id}>
      <div className="person-card-head">
        <PersonAvatar person={person} size="large" />
        <div>
          <strong className="person-name">{person.name}</strong>
          <p className="muted">
            {person.heightCm === null ? 'height not set' : formatHeight(person.heightCm, system)}
            {person.birthYear !== null && ` · born ${person.birthYear}`}
            {' · '}
            {plural(person.sessionCount, 'session')}
          </p>
        </div>
        <div className="person-card-actions">
          {active ? (
            <span className="badge">Active</span>
          ) : (
            <button type="button" onClick={() => onSwitch(person.id)}>
              Switch to {person.name}
            </button>
          )}
          {!editing && (
            <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${person.name}`}>
              Edit
            </button>
          )}
          {!confirmDelete && canDelete && (
            <button type="button" onClick={() => setConfirmDelete(true)} aria-label={`Delete ${person.name}`}>
              Delete…
            </button>
          )}
        </div>
      </div>
      {blocker !== null && (
        <p className="hint" data-testid="person-delete-blocked">
          {blocker}
        </p>
      )}
      {saved && saved.kind !== 'same' && (
        <div className="notice info" role="status" data-testid="person-saved">
          <span>
            {person.name}’s changes saved{saved.kind === 'none' ? `: no Undo, as ${saved.reason}` : '.'}
          </span>
          {saved.kind === 'undo' && (
            <button type="button" data-testid="person-undo" onClick={() => undo(saved.request)}>
              Undo
            </button>
          )}
          <button type="button" className="dismiss" aria-label="Dismiss message" onClick={() => setSaved(null)}>
            ×
          </button>
        </div>
      )}
      {confirmDelete && (
        <div className="danger-zone">
          <span>Delete {person.name}? They have no sessions; this cannot be undone.</span>
          <button type="button" className="danger" onClick={remove}>
            Delete {person.name}
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Keep
          </button>
        </div>
      )}
      {error && (
        <Notice kind="error" testId="person-error">
          {error}
        </Notice>
      )}
      {editing && (
        <PersonForm
          person={person}
          submitLabel="Save"
          onSubmit={async (fields) => {
            // Counted again: a walk saved since the list was read is one of the sessions the answer is about.
            const current =
              fields.heightCm === person.heightCm
                ? person
                : ((await client.fetchQuery(peopleQuery())).find((p) => p.id === person.id) ?? person);
            if (asksHeightChoice(current, fields.heightCm)) setAsking({ fields, sessionCount: current.sessionCount });
            else await save(fields, 'all');
          }}
          onCancel={() => {
            setAsking(null);
            setEditing(false);
          }}
        />
      )}
      {editing && asking && (
        <HeightChoice
          name={asking.fields.name}
          oldCm={person.heightCm}
          newCm={asking.fields.heightCm}
          sessionCount={asking.sessionCount}
          onChoose={(applies) => save(asking.fields, applies)}
          onCancel={() => setAsking(null)}
        />
      )}
    </li>
  );
}
