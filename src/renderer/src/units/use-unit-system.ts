import { useQuery } from '@tanstack/react-query';
import type { UnitSystem } from '../../../shared/display/units';
import { settingsQuery } from '../data/queries';

/**
 * The app's unit system from the cached settings: every screen that writes a length, height, load
 * or distance reads it here, so a switch in Settings re-renders them all. Metric until read.
 */
export function useUnitSystem(): UnitSystem {
  return useQuery(settingsQuery()).data?.units ?? 'metric';
}
