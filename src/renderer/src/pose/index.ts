/** The pose engine for the UI: MoveNet plus the walker tracker in two Web Workers. */
export {
  createPoseEngine,
  FrameDroppedError,
  type MeasurablePoseEngine,
  type MeasuredFrameResult,
  type PoseEngineOptions,
} from './engine';
export { measureBackends } from './measure-backends';
export type { BackendMeasurement, EngineFrameResult, FrameTimings, PoseEngine } from './types';
