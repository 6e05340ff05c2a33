/**
 * Every word the result card and the distance view show, for adults and for kids mode (a person's
 * flag): one table, so kids mode is plain words everywhere and no jargon slips in. Numbers come
 * from the stored analysis or the live readout, never from here.
 */
import type { Side } from '../../../shared/gait/types';

export interface Wording {
  title: string;
  leg: Record<Side, string>;
  kneePastToes: string;
  thisWalk: string;
  lastTime: string;
  bestBefore: string;
  newBest: string;
  goal: string;
  goalMet: string;
  goalNotYet: string;
  goalOtherUnit: (unit: string) => string;
  steps: string;
  pastToesLabel: string;
  /** Steps whose knee went past the toes (stars in kids mode). */
  stepsPastToes: (n: number, of: number) => string;
  cadence: string | null;
  direction: string;
  directions: Record<string, string>;
  balance: string | null;
  weekGoal: (minutes: string, goal: string) => string;
  streak: (weeks: number) => string;
  time: string;
  noAnalysis: string;
}

const DIRECTIONS = {
  backward: 'backward',
  forward: 'forward',
  mixed: 'mixed',
  standing: 'standing',
  turning: 'turning',
  unknown: 'unknown',
};

const weeks = (n: number) => `${n} week${n === 1 ? '' : 's'}`;

export const ADULT_WORDS: Wording = {
  title: 'Take saved',
  leg: { left: 'Left', right: 'Right' },
  kneePastToes: 'Knee past toes, typical step',
  thisWalk: 'This walk',
  lastTime: 'Last time',
  bestBefore: 'Best before',
  newBest: 'new best',
  goal: 'Goal',
  goalMet: 'met',
  goalNotYet: 'not yet',
  goalOtherUnit: (unit) => `goal in ${unit}: not compared`,
  steps: 'Steps',
  pastToesLabel: 'Steps past the toes',
  stepsPastToes: (n, of) => `${n} of ${of}`,
  cadence: 'Cadence',
  direction: 'Direction',
  directions: DIRECTIONS,
  balance: 'Balance grade',
  weekGoal: (minutes, goal) => `${minutes} of ${goal} min backward this week`,
  streak: (n) =>
    n === 0 ? 'No streak yet: reach the goal this week to start one' : `Streak: ${weeks(n)} meeting the goal`,
  time: 'Time',
  noAnalysis: 'This take could not be analysed: no walker was seen clearly enough.',
};

export const KIDS_WORDS: Wording = {
  title: 'Well walked!',
  leg: { left: 'Left leg', right: 'Right leg' },
  kneePastToes: 'How far your knee went past your toes',
  thisWalk: 'Today',
  lastTime: 'Last time',
  bestBefore: 'Your best',
  newBest: 'your best ever!',
  goal: 'Aim',
  goalMet: 'you did it!',
  goalNotYet: 'keep going',
  goalOtherUnit: () => 'ask a grown-up to set your aim again',
  steps: 'Steps',
  pastToesLabel: 'Stars',
  stepsPastToes: (n) => `${n} star${n === 1 ? '' : 's'}: one for each step with your knee past your toes`,
  cadence: null,
  direction: 'You walked',
  directions: { ...DIRECTIONS, backward: 'backward ✓', mixed: 'back and forth', standing: 'mostly standing still' },
  balance: null,
  weekGoal: (minutes, goal) => `${minutes} of ${goal} minutes walking backward this week`,
  streak: (n) => (n === 0 ? 'Reach your aim this week to start a streak!' : `${weeks(n)} in a row!`),
  time: 'Time',
  noAnalysis: 'Oops, the camera could not see you well. Try again!',
};

export const wordingFor = (kidsMode: boolean): Wording => (kidsMode ? KIDS_WORDS : ADULT_WORDS);
