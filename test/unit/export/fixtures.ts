/** A session summary and a person as the store returns them, for the export and compare tests. */
import { NO_GOALS, type Person, type SessionSummary } from '../../../src/shared/api';
import type { GaitAnalysis } from '../../../src/shared/gait';

export const person: Person = {
  id: 2,
  name: 'Zoë, "the kid"',
  heightCm: 132,
  birthYear: 2016,
  createdAt: '2026-01-01T10:00:00.000Z',
  sessionCount: 1,
  goals: NO_GOALS,
  kidsMode: false,
};

export function session(over: Partial<SessionSummary> = {}, analysis: GaitAnalysis | null = null): SessionSummary {
  return {
    id: 7,
    startedAt: '2026-03-02T17:30:00.000Z',
    durationMs: 61_500,
    frameCount: 1845,
    model: 'lightning',
    status: 'complete',
    direction: 'backward',
    videoPath: '/home/someone/.retrowalk/videos/7.webm',
    videoBytes: 1_000_000,
    width: 640,
    height: 480,
    analysis,
    source: 'recorded',
    originalName: null,
    videoOwned: true,
    results: [
      { model: 'lightning', frameCount: 1845, width: 640, height: 480, direction: 'backward', analysis, warnings: [] },
    ],
    personId: 2,
    deletedAt: null,
    title: null,
    variant: 'flat',
    loadKg: null,
    distanceM: null,
    exerciseDurationS: null,
    notes: '',
    tags: [],
    heightCm: 132,
    trim: null,
    ...over,
  };
}
