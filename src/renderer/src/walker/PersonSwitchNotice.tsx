import { useEffect, useState } from 'react';
import type { ModelName, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis } from '../../../shared/gait/types';
import type { PoseFrame } from '../../../shared/pose/types';
import { api } from '../api';
import { ChooseWalker } from './ChooseWalker';
import { switchNotice } from './switch-notice';

interface Props {
  session: SessionSummary;
  /** The result shown, its analysis and (when loaded already) its keypoints. */
  model: ModelName;
  analysis: GaitAnalysis | null;
  frames?: readonly PoseFrame[] | null;
  timeMs?: number;
  onChosen: (model: ModelName) => void;
}

/**
 * Who the analysis is about: when the track changed person, which frames were analysed, and the
 * "Choose the walker…" action beside it (always offered while the video is there).
 */
export function PersonSwitchNotice({ session, model, analysis, frames, timeMs, onChosen }: Props) {
  const text = analysis ? switchNotice(analysis.quality) : null;
  // the walker picker shows the keypoints where the track changed person: read them when not given
  // (undefined while loading, null if they cannot be read)
  const switched = text !== null;
  const [loaded, setLoaded] = useState<readonly PoseFrame[] | null | undefined>(undefined);
  useEffect(() => {
    setLoaded(undefined);
    if (!switched || frames) return;
    let cancelled = false;
    api['sessions.frames']({ id: session.id, model })
      .then((f) => {
        if (!cancelled) setLoaded(f);
      })
      .catch(() => {
        if (!cancelled) setLoaded(null);
      });
    return () => {
      cancelled = true;
    };
  }, [switched, frames, session.id, model]);
  const keypoints = frames ?? loaded;

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
