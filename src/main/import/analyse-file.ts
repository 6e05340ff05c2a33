/**
 * A video file → keypoints and gait analysis, on worker threads (src/node/parallel), with every
 * problem of the video turned into one line for the user naming the file as they know it.
 */
import { statSync } from 'node:fs';
import { MAX_IMPORT_BYTES, type ModelName } from '../../shared/api';
import { analyzeSession, type GaitAnalysis } from '../../shared/gait';
import type { KeypointsFile, PoseFrame } from '../../shared/pose/types';
import { FfmpegMissingError } from '../../node/ffmpeg-binaries';
import {
  AnalysisFailed,
  analyseVideo,
  type AnalysisProgress,
  type ParallelAnalysis,
} from '../../node/parallel/analyse-video';
import { probeVideo, VideoError, type VideoInfo } from '../../node/video';
import { AnalysisCancelled } from '../../node/video-keypoints';
import { JobCancelled, JobFailure, type JobControl } from './jobs';
import { tooLargeMessage } from './uploads';

export interface AnalysedFile {
  info: VideoInfo;
  file: KeypointsFile;
  analysis: GaitAnalysis;
  warnings: string[];
}

/** Share of frames with several people from which the result says so. */
const SEVERAL_PEOPLE_SHARE = 0.1;
/** Below this share of frames with the walker found, the result says so. */
const FOUND_SHARE = 0.5;

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * "cannot read video /tmp/x/123.upload: /tmp/x/123.upload: Invalid data..." → "Cannot read video
 * walk.mp4: Invalid data...": the name the user knows, once.
 */
function forUser(message: string, path: string, fileName: string): string {
  const line = message.split('\n')[0].replace(`: ${path}: `, ': ').replaceAll(path, fileName);
  return line.startsWith(fileName) ? line : line.charAt(0).toUpperCase() + line.slice(1);
}

export async function probe(path: string, fileName: string): Promise<VideoInfo> {
  try {
    return await probeVideo(path);
  } catch (err) {
    if (err instanceof FfmpegMissingError) throw new JobFailure(err.message);
    if (err instanceof VideoError) {
      const detail = forUser(err.message, path, fileName);
      throw new JobFailure(
        /^Cannot read video/.test(detail) ? `${detail} (is it a video, whole and undamaged?)` : detail,
      );
    }
    throw err;
  }
}

function warningsFor(result: ParallelAnalysis, analysis: GaitAnalysis, followed: string | null): string[] {
  const frames = result.file.frames;
  const found = frames.filter((f) => f.keypoints !== null).length / frames.length;
  const warnings: string[] = [];
  if (result.severalPeopleShare >= SEVERAL_PEOPLE_SHARE) {
    warnings.push(
      followed
        ? `Several people were in view (${percent(result.severalPeopleShare)} of the frames): the analysis follows ${followed}.`
        : `Several people were in view (${percent(result.severalPeopleShare)} of the frames): the analysis follows the one the tracker took for the walker; check the skeleton is on the right person.`,
    );
  }
  if (result.seamsUnsure > 0)
    warnings.push(
      'The tracker may have switched between people partway through: check the skeleton follows the walker.',
    );
  if (found < FOUND_SHARE) warnings.push(`The walker was found in only ${percent(found)} of the frames.`);
  if (analysis.direction === 'standing' || analysis.steps.count === 0) {
    warnings.push('Nobody walks in this video: the person found stays in place, so there are no steps to measure.');
  }
  return warnings;
}

/**
 * Who the analysis follows: by default the walker tracker picks them; `prior` (once the video is
 * probed) gives a track to follow instead, in decoded pixels: the session's stored keypoints for a
 * re-analysis, the person the user chose (walker-prior.ts). Null from it: the tracker picks.
 */
export type PriorSource = (info: VideoInfo, control: JobControl) => Promise<PoseFrame[] | null>;

/** Runs a worker analysis, its cancel and its bad-input failures turned into the job's. */
export async function jobAnalysis<T>(
  control: JobControl,
  handle: { result: Promise<T>; progress(): AnalysisProgress; cancel(): void },
  video: { path: string; fileName: string },
): Promise<T> {
  control.follow(handle);
  try {
    return await handle.result;
  } catch (err) {
    if (err instanceof AnalysisCancelled) throw new JobCancelled();
    if (err instanceof AnalysisFailed && err.badInput)
      throw new JobFailure(forUser(err.message, video.path, video.fileName));
    throw err;
  }
}

export async function analyseFile(
  control: JobControl,
  video: { path: string; fileName: string },
  options: { model: ModelName; heightCm: number | null; prior?: { source: PriorSource; followed: string } },
): Promise<AnalysedFile> {
  const { path, fileName } = video;
  control.stage('probing');
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    throw new JobFailure(`The video file ${fileName} is missing or cannot be opened (${path}).`);
  }
  if (bytes > MAX_IMPORT_BYTES) throw new JobFailure(tooLargeMessage(fileName, bytes));
  const info = await probe(path, fileName);
  control.checkCancelled();

  control.stage('analysing');
  const prior = options.prior ? await options.prior.source(info, control) : null;
  control.checkCancelled();
  const result: ParallelAnalysis = await jobAnalysis(
    control,
    analyseVideo(path, info, { model: options.model, prior }),
    video,
  );
  const frames = result.file.frames;
  if (frames.length === 0) throw new JobFailure(`${fileName} has no frames that could be decoded.`);
  if (info.frameCountExact && info.frameCount && frames.length < 0.95 * info.frameCount) {
    throw new JobFailure(
      `${fileName} is truncated: only ${frames.length} of its ${info.frameCount} frames could be decoded.`,
    );
  }
  if (frames.every((f) => f.keypoints === null)) {
    throw new JobFailure(
      `No person was found in any of the ${frames.length} frames of ${fileName}: film the whole body, side on, in good light.`,
    );
  }
  const analysis = analyzeSession(result.file, { heightCm: options.heightCm });
  return {
    info,
    file: result.file,
    analysis,
    warnings: warningsFor(result, analysis, prior ? options.prior!.followed : null),
  };
}
