/// <reference lib="webworker" />
/**
 * The scan worker: MultiPose Lightning over whole frames, in parallel with the pose worker so a
 * ~90 ms scan never holds up the single-pose path. The pose worker sends frames straight here.
 */
import type { ScanReply, ScanRequest, ToScanWorker } from './protocol';
import { loadMultiPose, type MultiPoseModel } from './multi-pose';
import { messageOf } from '../api/errors';
import { post, startWorker } from './worker-start';

declare const self: DedicatedWorkerGlobalScope;

let multi: MultiPoseModel | null = null;

async function answer(port: MessagePort, { id, bitmap, scaleX, scaleY }: ScanRequest): Promise<void> {
  const start = performance.now();
  let reply: ScanReply;
  try {
    reply = { id, poses: await multi!.scan(bitmap, scaleX, scaleY), ms: performance.now() - start };
  } catch (e) {
    reply = { id, error: messageOf(e) };
  } finally {
    bitmap.close();
  }
  port.postMessage(reply);
}

self.onmessage = async ({ data }: MessageEvent<ToScanWorker>) => {
  switch (data.type) {
    case 'init':
      return startWorker(data, async () => {
        multi = await loadMultiPose(data.modelBaseUrl);
        const port = data.scanPort;
        port.onmessage = ({ data: request }: MessageEvent<ScanRequest>) => void answer(port, request);
      });
    case 'time': {
      try {
        post({ type: 'timed', id: data.id, run: { ms: await multi!.time(data.bitmap), keypoints: null } });
      } catch (e) {
        post({ type: 'failed', id: data.id, message: messageOf(e) });
      } finally {
        data.bitmap.close();
      }
      return;
    }
  }
};
