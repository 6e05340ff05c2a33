import { useEffect, useMemo, useState } from 'react';
import type { ModelName, SessionSummary } from '../../../shared/api';
import type { GaitAnalysis } from '../../../shared/gait/types';
import type { PoseFrame } from '../../../shared/pose/types';
import { personSwitches } from '../../../shared/tracking/person-switches';
import { api } from '../api';
import { ChooseWalker } from './ChooseWalker';
import { switchNotice } from './switch-notice';

interface Props {
  session: SessionSummary;
  /** The result shown, its analysis and (when loaded already) its keypoints. */
  model: ModelName;
  analysis: GaitAnalysis | null;
  frames?: readonly PoseFrame[] | null;
  width: number;
  height: number;
  timeMs?: number;
  onChosen: (model: ModelName) => void;
}

/**
 * Who the analysis is about: when the track changed person, which frames were analysed, and the
 * "Choose the walker…" action beside it (always offered while the video is there).
 */
export function PersonSwitchNotice({ session, model, analysis, frames, width, height, timeMs, onChosen }: Props) {
  const switched = (analysis?.quality.person_switches ?? 0) > 0;
  // The keypoints say which frames were kept: read them when not given (undefined while loading, null if they cannot be read).
  const [loaded, setLoaded] = useState<readonly PoseFrame[] | null | undefined>(undefined);
  useEffect(() => {
    setLoaded(undefined);
    if (!switched || frames) return;
    let cancelled = false;
    api['sessions.frames']({ id: session.id, model })
      .then((f) => { if (!cancelled) setLoaded(f); })
      .catch(() => { if (!cancelled) setLoaded(null); }); // the notice then says it without the frames
    return () => { cancelled = true; };
  }, [switched, frames, session.id, model, analysis]);
  const keypoints = frames ?? loaded;
  const text = useMemo(() => {
    if (!switched || keypoints === undefined) return null;
    const found = keypoints ? personSwitches({ width, height, frames: [...keypoints] }) : { switches: analysis!.quality.person_switches!, kept: null };
    return switchNotice(found);
  }, [switched, keypoints, width, height, analysis]);

  return (
    <div className="walker-notice" data-testid="walker-notice">
      {text && <p className="notice warn" role="status" data-testid="person-switch-notice">{text}</p>}
      <ChooseWalker session={session} model={model} frames={keypoints} timeMs={timeMs} onChosen={onChosen} />
    </div>
  );
}
