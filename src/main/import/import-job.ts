/**
 * Importing a video as a new session. The session appears only once everything succeeded: the
 * analysis, then one transaction that inserts the session with its frames and moves the video
 * copy into place. A failure or a cancel leaves no row, no frame, no copy and no upload behind.
 */
import { copyFile } from 'node:fs/promises';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ModelName } from '../../shared/api';
import type { SessionStore } from '../store/sessionStore';
import { analyseFile } from './analyse-file';
import type { JobSpec } from './jobs';
import { freshStem, moveToNewName } from '../files/uniqueFile';
import { videoExtension } from './video-files';

export type ImportSource =
  /** A finished upload in incoming/, moved into videos/ on success. */
  | { kind: 'upload'; path: string; fileName: string }
  /** The user's file, copied into the data folder. */
  | { kind: 'copy'; path: string }
  /** The user's file, used where it is. */
  | { kind: 'reference'; path: string };

export interface ImportDeps {
  sessions: SessionStore;
  videosDir: string;
  incomingDir: string;
  heightCm(): number | null;
}

export function importJob(deps: ImportDeps, source: ImportSource, model: ModelName, jobTag: string): JobSpec {
  const fileName = source.kind === 'upload' ? source.fileName : basename(source.path);
  // The copy (or the upload) waits here until the session exists; then it is renamed into videos/.
  const pending =
    source.kind === 'upload' ? source.path : source.kind === 'copy' ? join(deps.incomingDir, `${jobTag}.copy`) : null;

  return {
    kind: 'import',
    model,
    fileName,
    cleanup() {
      if (pending) rmSync(pending, { force: true });
    },
    async run(control) {
      let copying: Promise<void> | null = null;
      if (source.kind === 'copy' && pending) {
        mkdirSync(deps.incomingDir, { recursive: true });
        copying = copyFile(source.path, pending);
        copying.catch(() => {}); // awaited below; a failure there fails the job
      }
      const analysedHeightCm = deps.heightCm();
      let analysed: Awaited<ReturnType<typeof analyseFile>>;
      try {
        analysed = await analyseFile(control, { path: source.path, fileName }, { model, heightCm: analysedHeightCm });
      } catch (err) {
        await copying?.catch(() => {}); // let the copy land before cleanup removes it
        throw err;
      }
      control.stage('saving');
      await copying;
      control.checkCancelled();

      const stored = pending ?? source.path;
      const { file, analysis, info } = analysed;
      const frames = file.frames;
      let placed: string | null = null;
      try {
        const summary = deps.sessions.saveImported(
          {
            model,
            startedAt: info.createdAt ?? statSync(stored).mtime.toISOString(),
            fps: info.fps,
            width: file.width,
            height: file.height,
            durationMs: frames.length ? frames[frames.length - 1].t - frames[0].t + 1000 / info.fps : 0,
            frames,
            direction: analysis.direction,
            analysis,
            analysedHeightCm,
            warnings: analysed.warnings,
            originalName: fileName,
            video: { path: stored, bytes: statSync(stored).size },
            videoOwned: pending !== null,
          },
          (id) => {
            if (!pending) return source.path;
            // Never onto an existing file: a session id can be handed out again after a restore.
            placed = moveToNewName(pending, deps.videosDir, freshStem(id), videoExtension(fileName));
            return placed;
          },
        );
        return { sessionId: summary.id, frames: frames.length, warnings: analysed.warnings };
      } catch (err) {
        if (placed) rmSync(placed, { force: true });
        throw err;
      }
    },
  };
}
