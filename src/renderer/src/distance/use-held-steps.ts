import { useState } from 'react';
import { holdSteps, NO_STEPS, stepSampleOf, type StepHold } from '../../../shared/gait/live-steps';
import type { LiveReadout } from '../../../shared/gait/types';

/** The held steps over the readouts (one update per readout, i.e. per frame), started afresh when a take starts. */
export function useHeldSteps(readout: LiveReadout | null, takeStartedAt: number | null): StepHold {
  const [seen, setSeen] = useState({ readout, takeStartedAt, hold: NO_STEPS });
  if (seen.readout !== readout || seen.takeStartedAt !== takeStartedAt) {
    // a new take counts from zero; its end keeps what it counted in view
    const from = takeStartedAt !== null && seen.takeStartedAt !== takeStartedAt ? NO_STEPS : seen.hold;
    setSeen({ readout, takeStartedAt, hold: readout ? holdSteps(from, stepSampleOf(readout)) : from });
  }
  return seen.hold;
}
