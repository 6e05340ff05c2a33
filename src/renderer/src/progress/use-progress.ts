import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Person, Variant } from '../../../shared/api';
import type { DirectionFilter, ProgressReport } from '../../../shared/progress/types';
import { peopleQuery, progressQuery } from '../data/queries';

export interface ProgressData {
  person: Person | null;
  /** The report shown: while another filter's loads, the previous one's. */
  report: ProgressReport | null;
  error: string | null;
  loading: boolean;
  retry: () => void;
}

/** A person and their progress report (one variant or all; walks of one direction, or all: the API's default). */
export function useProgress(
  personId: number,
  variant: Variant | null,
  direction: DirectionFilter = 'all',
): ProgressData {
  const people = useQuery(peopleQuery());
  const progress = useQuery({ ...progressQuery(personId, variant, direction), placeholderData: keepPreviousData });
  const person = people.data?.find((p) => p.id === personId) ?? null;
  const gone = people.data !== undefined && person === null;
  const failed = progress.error ?? people.error;
  return {
    person,
    report: gone ? null : (progress.data ?? null),
    error: gone
      ? `Person ${personId} no longer exists.`
      : failed
        ? `Could not load the progress: ${failed.message}`
        : null,
    loading: progress.isFetching || people.isFetching,
    retry: () => {
      void people.refetch();
      void progress.refetch();
    },
  };
}
