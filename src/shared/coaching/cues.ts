/** What the coach says or plays, and its words: one place for every cue's caption. */

export type CueKind =
  | 'countdown'
  | 'take-started'
  | 'take-stopped'
  | 'knee-past-toes'
  | 'step-count'
  | 'backward-minutes'
  | 'edge'
  | 'too-close'
  | 'too-far';

/** The groups of cues a user turns on or off in Settings. */
export const CUE_GROUPS = [
  'countdown',
  'takes',
  'kneePastToes',
  'stepCount',
  'backwardMinutes',
  'edge',
  'distance',
] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

export const CUE_GROUP_OF: Record<CueKind, CueGroup> = {
  countdown: 'countdown',
  'take-started': 'takes',
  'take-stopped': 'takes',
  'knee-past-toes': 'kneePastToes',
  'step-count': 'stepCount',
  'backward-minutes': 'backwardMinutes',
  edge: 'edge',
  'too-close': 'distance',
  'too-far': 'distance',
};

export const CUE_GROUP_LABELS: Record<CueGroup, string> = {
  countdown: 'Countdown',
  takes: 'Take started / stopped',
  kneePastToes: 'Chime when the knee passes the toes',
  stepCount: 'Step count',
  backwardMinutes: 'Minutes walked backward',
  edge: 'Stop at the edge of the picture',
  distance: 'Too close / too far from the camera',
};

/** How a cue sounds: spoken words, or a tone (a chime for a good step, an alert for safety). */
export type CueSound = 'speech' | 'chime' | 'alert';

export interface Cue {
  kind: CueKind;
  /** Frame time, s. */
  t_s: number;
  /** The caption, and the words spoken. */
  text: string;
  sound: CueSound;
}

export function cue(kind: CueKind, t_s: number, text: string): Cue {
  const sound: CueSound = kind === 'knee-past-toes' ? 'chime' : kind === 'edge' ? 'alert' : 'speech';
  return { kind, t_s, text, sound };
}

export const CUE_TEXT = {
  takeStarted: 'Recording',
  takeStopped: {
    still: 'Stopped — take saved',
    left: 'Stopped — you left the picture; take saved',
    'by-hand': 'Stopped — take saved',
    'camera-lost': 'Camera lost — the take is saved up to now',
  },
  kneePastToes: 'Knee past the toes',
  steps: (n: number) => `${n} steps`,
  backwardMinutes: (m: number) => (m === 1 ? '1 minute backward' : `${m} minutes backward`),
  edge: 'Stop — edge of the picture',
  tooClose: 'Too close to the camera — move away',
  tooFar: 'Too far from the camera — come closer',
  countdown: (s: number) => (s > 0 ? String(s) : 'Go'),
};
