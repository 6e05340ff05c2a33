/**
 * A camera track's frames as a stream that can be handed to a worker: Chromium's (and so
 * Electron's) MediaStreamTrackProcessor, which TypeScript's DOM library does not describe yet. The
 * stream keeps only the newest frame, so whoever reads it slower than the camera gets fresh ones.
 */
interface MediaStreamTrackProcessorConstructor {
  new (init: { track: MediaStreamTrack; maxBufferSize?: number }): { readable: ReadableStream<VideoFrame> };
}

export function cameraFrames(track: MediaStreamTrack): ReadableStream<VideoFrame> {
  const Processor = (globalThis as { MediaStreamTrackProcessor?: MediaStreamTrackProcessorConstructor })
    .MediaStreamTrackProcessor;
  if (!Processor)
    throw new Error('This browser cannot hand camera frames to the pose model (no MediaStreamTrackProcessor).');
  return new Processor({ track, maxBufferSize: 1 }).readable;
}
