/** A session as JSON: what the user told about it, the analysis summary and its steps. */
import type { ModelName, SessionSummary } from '../api';
import type { GaitAnalysis } from '../gait/types';

export const SESSION_JSON_FORMAT = 'retrowalk-session';
export const SESSION_JSON_VERSION = 1;

/**
 * The file's units note: a machine format keeps the stored metric values (their names say their
 * units: loadKg, distanceM, *_cm, *_deg) whatever the app shows, with how to read them in imperial,
 * rather than a second copy of every nested length.
 */
export const SESSION_JSON_UNITS = {
  system: 'metric',
  note:
    'Stored in metric whatever units the app shows: lengths in cm (shank lengths where knee_past_toe.unit says ' +
    "'shank'), loadKg in kg, distanceM in m, angles in degrees. Imperial, as the app writes it: in = cm / 2.54, " +
    'lb = kg / 0.45359237, ft = m / 0.3048.',
} as const;

/**
 * Pretty JSON (2 spaces) of one session: its details, the chosen result's analysis summary (without
 * the event and step lists), its steps and gait events. `model` picks a result (default the
 * session's own); the video's path on this computer is left out.
 */
export function sessionJson(session: SessionSummary, model?: ModelName): string {
  const result = (model && session.results.find((r) => r.model === model)) || session.results[0];
  const analysis = (result ? result.analysis : session.analysis) as GaitAnalysis | null;
  const { events, step_list: steps, ...summary } = analysis ?? ({} as Partial<GaitAnalysis>);
  return JSON.stringify(
    {
      format: SESSION_JSON_FORMAT,
      version: SESSION_JSON_VERSION,
      units: SESSION_JSON_UNITS,
      session: {
        id: session.id,
        personId: session.personId,
        startedAt: session.startedAt,
        durationMs: session.durationMs,
        title: session.title,
        variant: session.variant,
        loadKg: session.loadKg,
        distanceM: session.distanceM,
        exerciseDurationS: session.exerciseDurationS,
        notes: session.notes,
        tags: session.tags,
        status: session.status,
        source: session.source,
        originalName: session.originalName,
        width: result?.width ?? session.width,
        height: result?.height ?? session.height,
      },
      model: result?.model ?? session.model,
      frameCount: result?.frameCount ?? session.frameCount,
      warnings: result?.warnings ?? [],
      summary: analysis ? summary : null,
      steps: steps ?? [],
      events: events ?? [],
    },
    null,
    2,
  );
}
