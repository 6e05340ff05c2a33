/**
 * A recorded take's stored WebM read offline with ffmpeg: each frame's time and the clip frame
 * number stamped in its picture (frameNumberedClip), so a stored pose can be compared with the very
 * picture the stored video holds at its time.
 */
import { execFileSync } from 'node:child_process';
import { STAMP } from './own-frame';

export interface StoredVideoFrame {
  /** The frame's time in the file, ms. */
  timeMs: number;
  /** The clip frame number stamped in its picture. */
  clipFrame: number;
  /** A key frame (decodable on its own). */
  key: boolean;
}

/** Every frame of the WebM at `path`, in order, none dropped or repeated. */
export function readStoredVideo(path: string, width: number): StoredVideoFrame[] {
  const entries = execFileSync('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'frame=key_frame,pts_time',
    '-of',
    'csv=p=0',
    path,
  ])
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const scale = width / 640;
  // row 8 (scaled) of each frame as greyscale bytes, every decoded frame as it is (no frame rate imposed)
  const rows = execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-i',
      path,
      '-fps_mode',
      'passthrough',
      '-vf',
      `format=gray,crop=${width}:1:0:${Math.round(8 * scale)}`,
      '-f',
      'rawvideo',
      '-',
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  if (rows.length !== entries.length * width)
    throw new Error(`ffmpeg decoded ${rows.length / width} frames, ffprobe listed ${entries.length}`);
  return entries.map(([key, time], i) => {
    let clipFrame = 0;
    for (let bit = 0; bit < STAMP.bits; bit += 1)
      if (rows[i * width + Math.round((bit * STAMP.block + STAMP.block / 2) * scale)] > 128) clipFrame |= 1 << bit;
    return { timeMs: Math.round(Number(time) * 1000), clipFrame, key: key === '1' }; // WebM keeps milliseconds
  });
}
