import { useQuery } from '@tanstack/react-query';
import type { ModelName, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis } from '../../../shared/gait/types';
import type { PoseFrame } from '../../../shared/pose/types';
import { framesQuery } from '../data/queries';
import { ChooseWalker } from './ChooseWalker';
import { switchNotice } from './switch-notice';

interface Props {
  session: SessionSummary;
  /** The result shown, its analysis and (when loaded already) its keypoints. */
  model: ModelName;
  analysis: GaitAnalysis | null;
  frames?: readonly PoseFrame[] | null;
  timeMs?: number;
  onChosen: (model: ModelName) => Promise<void>;
}

/**
 * Who the analysis is about: when the track changed person, which frames were analysed, and the
 * "Choose the walker…" action beside it (always offered while the video is there).
 */
export function PersonSwitchNotice({ session, model, analysis, frames, timeMs, onChosen }: Props) {
  const text = analysis ? switchNotice(analysis.quality) : null;
  // the walker picker marks who the result follows: its keypoints, read here when not given
  // (undefined while loading, null if they cannot be read)
  const read = useQuery({ ...framesQuery(session.id, model), enabled: text !== null && !frames });
  const keypoints = frames ?? (read.isError ? null : read.data?.frames);

  return (
    <div className="walker-notice" data-testid="walker-notice">
      {text && (
        <p className="notice warn" role="status" data-testid="person-switch-notice">
          {text}
        </p>
      )}
      <ChooseWalker session={session} model={model} frames={keypoints} timeMs={timeMs} onChosen={onChosen} />
    </div>
  );
}
