import { useState } from 'react';
import type { ModelName, SessionSummary } from '../../../shared/api';
import { api } from '../api';
import { useJob } from '../data/use-job';
import { JobProgress, modelLabel } from '../import/JobProgress';
import { Notice } from '../app/Notice';
import { RadioChoice } from '../app/RadioChoice';
import { messageOf } from '../api/errors';

const MODELS: ModelName[] = ['lightning', 'thunder'];
const MODEL_NOTE: Record<ModelName, string> = { lightning: 'fast', thunder: 'accurate' };

interface Props {
  session: SessionSummary;
  model: ModelName;
  onSelect: (model: ModelName) => void;
  /** A re-analysis finished: read the session again and show its result. */
  onReanalysed: (model: ModelName) => Promise<void>;
  videoPlayable: boolean;
}

/** Which analysis of the session is shown (one per model), and re-analysing with another model. */
export function ResultPicker({ session, model, onSelect, onReanalysed, videoPlayable }: Props) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const job = useJob(jobId, (status) => {
    if (status.state === 'done') void onReanalysed(status.model);
  });
  const missing = MODELS.filter((m) => !session.results.some((r) => r.model === m));
  // a finished re-analysis shows its full bar until the session read again has its result
  const status = job.status;
  const awaitingResult = status?.state === 'done' && missing.includes(status.model);
  const failure =
    error ?? job.error ?? (status?.state === 'failed' ? (status.message ?? 'The re-analysis failed.') : null);

  const reanalyse = (m: ModelName): void => {
    setError(null);
    setJobId(null);
    setCancelling(false);
    api['sessions.reanalyse']({ id: session.id, model: m })
      .then((r) => setJobId(r.jobId))
      .catch((e: unknown) => setError(messageOf(e)));
  };

  return (
    <div className="result-picker">
      <div role="radiogroup" aria-label="Analysis shown" className="segmented">
        {session.results.map((r, i) => (
          <RadioChoice
            key={r.model}
            name="result"
            value={r.model}
            chosen={model}
            onChoose={onSelect}
            testId={`result-${r.model}`}
          >
            {modelLabel(r.model)} ({MODEL_NOTE[r.model]}){i === 0 ? '' : ', re-analysed'}
          </RadioChoice>
        ))}
      </div>
      {!job.running &&
        !awaitingResult &&
        missing.map((m) => (
          <button
            key={m}
            type="button"
            onClick={() => reanalyse(m)}
            disabled={!videoPlayable}
            title={
              videoPlayable
                ? `Analyse the video again with ${modelLabel(m)}; both results are kept`
                : 'The video is needed to analyse it again'
            }
            data-testid={`reanalyse-${m}`}
          >
            Re-analyse with {modelLabel(m)}
          </button>
        ))}
      {jobId && status && (job.running || awaitingResult) && (
        <JobProgress
          progress={{ phase: 'job', status }}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            api['import.cancel']({ jobId }).catch((e: unknown) => setError(messageOf(e)));
          }}
        />
      )}
      {failure && <Notice kind="error">{failure}</Notice>}
    </div>
  );
}
