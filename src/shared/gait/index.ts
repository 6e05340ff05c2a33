/** The gait module: per-frame metrics, the live tracker and the session analysis. */
export * from './types';
export { computeFrameMetrics, metricsFromBuffer, type FrameMetricsOptions } from './frame-metrics';
export { createLiveGaitTracker, type LiveOptions } from './live';
export { analyzeSession, analyzeSessionDetailed, type SessionInput, type SessionSeries } from './analyze';
export { symmetryIndex } from './symmetry';
export { detectGaitEvents, extremes, type WalkRange, type EventInput, type DetectedEvent } from './events';
export { repairLegSwaps, type SwapRepair } from './swaps';
export { segmentDirections, directionRuns, overallDirection } from './segments';
export { gradeBalance, BALANCE_RULES, type BalanceInputs, type BalanceGrade } from './balance';
export { classifyDirection, directionCues, type DirectionCues } from './direction';
export { buildSteps, cadence, inferMissingContacts } from './steps';
export { butterworthLowpass, zeroLagLowpass, lowpass, magnitude } from './butterworth';
export { estimateShankPx, cmPerPx, statureFromShank } from './scale';
export { facingVote, facingFromScore, facingSign } from './facing';
export { widthRatio, viewFromRatio } from './view';
export * as geometry from './geometry';
export * from './constants';
export {
  gaitCycles,
  normaliseCycle,
  meanCycle,
  cycleAlignment,
  MIN_CYCLE_COVERAGE,
  type GaitCycle,
  type MeanCycle,
  type CycleAlignment,
} from './cycle';
