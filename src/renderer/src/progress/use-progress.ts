import { useEffect, useState } from 'react';
import type { Person, Variant } from '../../../shared/api';
import type { DirectionFilter, ProgressReport } from '../../../shared/progress/types';
import { api } from '../api';

export interface ProgressData {
  person: Person | null;
  report: ProgressReport | null;
  /** The report's variant filter (null: all). */
  variant: Variant | null;
  error: string | null;
  loading: boolean;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The user's clock, so weeks and "4 weeks ago" follow their local dates. */
const localUtcOffsetMin = (): number => -new Date().getTimezoneOffset();

/**
 * A person and their progress report (optionally one variant; walks of one direction or all, the
 * API's default), reloaded when any changes.
 */
export function useProgress(
  personId: number,
  variant: Variant | null,
  reload = 0,
  direction: DirectionFilter = 'all',
): ProgressData {
  const [state, setState] = useState<ProgressData>({ person: null, report: null, variant, error: null, loading: true });

  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, loading: true }));
    Promise.all([
      api['people.list']({}),
      api['progress.get']({ personId, variant, direction, utcOffsetMin: localUtcOffsetMin() }),
    ])
      .then(([people, report]) => {
        if (cancelled) return;
        const person = people.find((p) => p.id === personId) ?? null;
        setState(
          person
            ? { person, report, variant, error: null, loading: false }
            : { person: null, report: null, variant, error: `Person ${personId} no longer exists.`, loading: false },
        );
      })
      .catch((e: unknown) => {
        if (!cancelled)
          setState({
            person: null,
            report: null,
            variant,
            error: `Could not load the progress: ${message(e)}`,
            loading: false,
          });
      });
    return () => {
      cancelled = true;
    };
  }, [personId, variant, reload, direction]);

  return state;
}
