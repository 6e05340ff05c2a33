import { useMemo, useState } from 'react';
import type { ModelName, SessionSummary } from '../../../shared/api';
import type { PoseFrame } from '../../../shared/pose/types';
import { priorLookup } from '../../../shared/tracking/guided-tracker';
import { api } from '../api';
import { useStartedJob } from '../data/use-started-job';
import { JobProgress, modelLabel } from '../import/JobProgress';
import { sessionVideoUrl } from '../replay/session-video';
import '../styles/walker.css';
import { Notice } from '../app/Notice';
import { WalkerPicker } from './WalkerPicker';

interface Props {
  session: SessionSummary;
  /** The result whose walker is chosen. */
  model: ModelName;
  /** That result's keypoints, to mark who it follows now (optional). */
  frames?: readonly PoseFrame[] | null;
  /** Where the picker opens (ms), e.g. the replay's current frame. */
  timeMs?: number;
  /** The result was analysed again following the chosen person: resolves once it is read again. */
  onChosen: (model: ModelName) => Promise<void>;
}

/** "Choose the walker…": pick the person to analyse on a frame; the result is analysed again following them. */
export function ChooseWalker({ session, model, frames, timeMs = 0, onChosen }: Props) {
  const [open, setOpen] = useState(false);
  const job = useStartedJob('The analysis failed.', (status, clear) => {
    // the picker closes on the result analysed again, once the session shows it
    if (status.state === 'done')
      void onChosen(status.model).finally(() => {
        setOpen(false);
        clear();
      });
  });
  const videoUrl = sessionVideoUrl(session, false);
  const fps = session.durationMs > 0 && session.frameCount > 1 ? (session.frameCount * 1000) / session.durationMs : 30;
  const followedAt = useMemo(() => (frames ? priorLookup([...frames]) : () => null), [frames]);
  const status = job.status;
  // a cancelled or failed analysis goes back to the picker
  const analysing = job.running || status?.state === 'done';
  const pick = (choice: { t: number; x: number; y: number }): void =>
    job.start(() => api['sessions.chooseWalker']({ id: session.id, model, ...choice }));

  return (
    <div className="choose-walker">
      {!open && (
        <button
          type="button"
          onClick={() => {
            job.clear();
            setOpen(true);
          }}
          disabled={!videoUrl}
          title={
            videoUrl
              ? `Click the person to analyse; the ${modelLabel(model)} analysis is done again following them`
              : 'The video is needed to choose the walker'
          }
          data-testid="choose-walker"
        >
          Choose the walker…
        </button>
      )}
      {open && videoUrl && (
        <section className="card walker-dialog" aria-labelledby="choose-walker-title" data-testid="choose-walker-panel">
          <div className="walker-dialog-head">
            <h3 id="choose-walker-title">Choose the walker</h3>
            {!analysing && (
              <button type="button" className="link" onClick={() => setOpen(false)} data-testid="choose-walker-close">
                Close
              </button>
            )}
          </div>
          <p className="muted">
            Go to a frame where the walker is in view and click them. The {modelLabel(model)} analysis is then done
            again following that person through the whole video, before and after the frame.
          </p>
          {!analysing && (
            <WalkerPicker
              sessionId={session.id}
              videoUrl={videoUrl}
              fps={fps}
              durationMs={session.durationMs}
              initialTimeMs={timeMs}
              followedAt={followedAt}
              onPick={pick}
            />
          )}
          {status && analysing && (
            <JobProgress progress={{ phase: 'job', status }} cancelling={job.cancelling} onCancel={job.cancel} />
          )}
        </section>
      )}
      {job.failure && (
        <Notice kind="error" testId="choose-walker-error">
          {job.failure}
        </Notice>
      )}
    </div>
  );
}
