import type { SessionSummary } from '../../../shared/api';
import type { RecorderNotice } from './recording-controller';
import type { TakeResult } from './recording-take';

type TakeOutcome = Omit<TakeResult, 'summary'> & { summary: Pick<SessionSummary, 'durationMs' | 'frameCount'> | null };

/**
 * One short message about a finished take: why it stopped early (if it did), what was saved and
 * what was not. `stopReason` is set when the take was stopped by a failure rather than by the user.
 */
export function describeTakeResult(result: TakeOutcome, stopReason: string | null): RecorderNotice {
  const { summary, unsaved, saveError, analysisError } = result;
  const parts: string[] = [];
  if (stopReason) parts.push(stopReason);
  else if (saveError) parts.push(`Saving failed: ${saveError}`);
  if (summary) parts.push(`Saved: ${(summary.durationMs / 1000).toFixed(1)} s, ${summary.frameCount} frames.`);
  if (unsaved.length > 0) {
    parts.push(`Not saved: ${unsaved.join(', ')}. Everything saved before that is kept.`);
  }
  if (!summary) parts.push('The session will be listed as interrupted.');
  if (analysisError) parts.push(`The walk could not be analysed (${analysisError}).`);
  const failed = stopReason !== null || saveError !== null || analysisError !== null;
  return { kind: failed ? 'error' : 'info', text: parts.join(' ') };
}
