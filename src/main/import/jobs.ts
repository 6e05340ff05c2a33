/**
 * Import and re-analysis jobs: a queue that runs one job at a time (each already uses every core),
 * and a status per job that is cheap to poll. A job's work is its `run`; whatever it leaves on disk
 * when it fails or is cancelled, its `cleanup` removes.
 */
import { randomUUID } from 'node:crypto';
import type { ImportJobState, ImportStatus, ModelName } from '../../shared/api';
import { ApiError } from '../errors';
import type { AnalysisProgress } from '../../node/parallel/analyse-video';
import { closeWorkers } from '../../node/parallel/worker-pool';

export class JobCancelled extends Error {}

/** A failure whose message is meant for the user as it is (bad input, a missing file...). */
export class JobFailure extends Error {}

export interface JobControl {
  readonly cancelled: boolean;
  stage(state: Extract<ImportJobState, 'probing' | 'analysing' | 'saving'>): void;
  /** Where progress comes from while analysing, and how to stop it. */
  follow(source: { progress(): AnalysisProgress; cancel(): void }): void;
  /** Throws JobCancelled once the job was cancelled. */
  checkCancelled(): void;
}

export interface JobSpec {
  kind: ImportStatus['kind'];
  model: ModelName;
  fileName: string;
  run(control: JobControl): Promise<{ sessionId: number; frames: number; warnings: string[] }>;
  /** Removes what the job left behind; runs after a failure or a cancel, also of a job never started. */
  cleanup(): void;
}

interface Job {
  spec: JobSpec;
  status: ImportStatus;
  source: { progress(): AnalysisProgress; cancel(): void } | null;
  cancelled: boolean;
  /** When the first frame was done, and how many were done then (for the time left). */
  rateFrom: { at: number; done: number } | null;
}

const KEPT_FINISHED_JOBS = 50;
const FINISHED: ReadonlySet<ImportJobState> = new Set(['done', 'failed', 'cancelled']);

export type JobQueue = ReturnType<typeof createJobQueue>;

export function createJobQueue(onInternalError: (err: unknown) => void = console.error) {
  const jobs = new Map<string, Job>();
  const waiting: Job[] = [];
  let active: Job | null = null;

  function finish(job: Job, state: 'done' | 'failed' | 'cancelled', message: string | null): void {
    if (state !== 'done') {
      try {
        job.spec.cleanup();
      } catch (err) {
        onInternalError(err);
      }
    }
    Object.assign(job.status, { state, message, etaS: null });
    job.source = null;
    // Forget the oldest finished jobs.
    const finished = [...jobs.values()].filter((j) => FINISHED.has(j.status.state));
    for (const old of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED_JOBS)))
      jobs.delete(old.status.jobId);
  }

  async function runJob(job: Job): Promise<void> {
    const control: JobControl = {
      get cancelled() {
        return job.cancelled;
      },
      stage(state) {
        job.status.state = state;
        job.status.message = null;
      },
      follow(source) {
        job.source = source;
        if (job.cancelled) source.cancel();
      },
      checkCancelled() {
        if (job.cancelled) throw new JobCancelled();
      },
    };
    try {
      control.checkCancelled();
      const { sessionId, frames, warnings } = await job.spec.run(control);
      Object.assign(job.status, { sessionId, warnings, framesDone: frames, framesTotal: frames });
      finish(job, 'done', null);
    } catch (err) {
      if (job.cancelled || err instanceof JobCancelled) finish(job, 'cancelled', null);
      else if (err instanceof JobFailure || err instanceof ApiError) finish(job, 'failed', err.message.split('\n')[0]);
      else {
        onInternalError(err);
        finish(job, 'failed', `Internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
    }
  }

  async function drain(): Promise<void> {
    if (active) return;
    while ((active = waiting.shift() ?? null)) await runJob(active);
  }

  /** Folds the live progress into the status: frames done, total, time left. */
  function refresh(job: Job): void {
    if (!job.source || job.status.state !== 'analysing') return;
    const { done, total, note } = job.source.progress();
    const now = performance.now();
    job.status.framesDone = done;
    job.status.framesTotal = total;
    job.status.message = job.cancelled ? 'Cancelling…' : note;
    if (done > 0 && !job.rateFrom) job.rateFrom = { at: now, done };
    const from = job.rateFrom;
    if (from && total !== null && done > from.done) {
      const perFrameS = (now - from.at) / 1000 / (done - from.done);
      job.status.etaS = Math.max(0, Math.round((total - done) * perFrameS));
    }
  }

  function find(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw new ApiError('not_found', `No import job ${jobId} (jobs are forgotten when Retrowalk restarts).`);
    return job;
  }

  return {
    add(spec: JobSpec): { jobId: string } {
      const jobId = randomUUID();
      const status: ImportStatus = {
        jobId,
        kind: spec.kind,
        model: spec.model,
        fileName: spec.fileName,
        state: 'queued',
        framesDone: 0,
        framesTotal: null,
        etaS: null,
        message: null,
        warnings: [],
        sessionId: null,
      };
      const job: Job = { spec, status, source: null, cancelled: false, rateFrom: null };
      jobs.set(jobId, job);
      waiting.push(job);
      void drain();
      return { jobId };
    },

    status(jobId: string): ImportStatus {
      const job = find(jobId);
      refresh(job);
      return { ...job.status, warnings: [...job.status.warnings] };
    },

    cancel(jobId: string): ImportStatus {
      const job = find(jobId);
      if (!FINISHED.has(job.status.state) && !job.cancelled) {
        job.cancelled = true;
        const queued = waiting.indexOf(job);
        if (queued >= 0) {
          waiting.splice(queued, 1);
          finish(job, 'cancelled', null);
        } else {
          job.status.message = 'Cancelling…';
          job.source?.cancel();
        }
      }
      return this.status(jobId);
    },

    /** Cancels everything, waits for the running job to wind down and stops the analysis workers (app shutdown). */
    async close(): Promise<void> {
      for (const job of [...waiting]) this.cancel(job.status.jobId);
      if (active) {
        const running = active;
        this.cancel(running.status.jobId);
        while (!FINISHED.has(running.status.state)) await new Promise((r) => setTimeout(r, 20));
      }
      await closeWorkers();
    },
  };
}
