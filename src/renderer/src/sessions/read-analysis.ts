import { gaitAnalysisSchema } from '../../../shared/api';
import type { GaitAnalysis } from '../../../shared/gait/types';

/**
 * The stored analysis of a session, when it has the shape the gait module writes (checked by the
 * same schema main uses). Sessions cut off before any keypoint was stored have none.
 */
export function readAnalysis(value: unknown): GaitAnalysis | null {
  const parsed = gaitAnalysisSchema.safeParse(value);
  return parsed.success && typeof value === 'object' && value !== null && 'quality' in value ? parsed.data : null;
}
