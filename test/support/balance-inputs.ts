import type { BalanceInputs } from '../../src/shared/gait';

/** Every measure of the balance grade missing: spread over other inputs to leave out all but a few. */
export const NO_BALANCE_MEASURES = {
  trunkLeanSdDeg: null,
  pelvisSwayPct: null,
  stepTimeCvPct: null,
  pathDeviationPct: null,
  stops: null,
  stumbles: null,
} as const satisfies Partial<BalanceInputs>;
