export * from './types';
export { createWalkerTracker, type WalkerTracker, type WalkerTrackerOptions } from './walker-tracker';
export { poseExtent, regionAround, type ImageSize } from './geometry';
export { walkerScore, type Candidate } from './scoring';
export { matchToPrevious, personAt, followCandidates } from './matching';
export { chooseWalker } from './choose';
export { frameWarnings, type TrackWarning } from './warnings';
