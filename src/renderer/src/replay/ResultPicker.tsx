import type { ModelName, SessionSummary } from '../../../shared/api';
import { api } from '../api';
import { useStartedJob } from '../data/use-started-job';
import { JobProgress, modelLabel } from '../import/JobProgress';
import { Notice } from '../app/Notice';
import { RadioChoice } from '../app/RadioChoice';

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
  const job = useStartedJob('The re-analysis failed.', (status) => {
    if (status.state === 'done') void onReanalysed(status.model);
  });
  const missing = MODELS.filter((m) => !session.results.some((r) => r.model === m));
  // a finished re-analysis shows its full bar until the session read again has its result
  const status = job.status;
  const awaitingResult = status?.state === 'done' && missing.includes(status.model);

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
            onClick={() => job.start(() => api['sessions.reanalyse']({ id: session.id, model: m }))}
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
      {status && (job.running || awaitingResult) && (
        <JobProgress progress={{ phase: 'job', status }} cancelling={job.cancelling} onCancel={job.cancel} />
      )}
      {job.failure && <Notice kind="error">{job.failure}</Notice>}
    </div>
  );
}
