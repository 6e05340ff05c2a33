/** Video decoding with Debian's ffmpeg/ffprobe: metadata, then RGB24 frames streamed from a pipe. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ffmpegBinary, type FfmpegTool } from './ffmpeg-binaries';

export interface VideoInfo {
  /** Display size after rotation, before any scaling. */
  width: number;
  height: number;
  fps: number;
  durationS: number | null;
  /** Frame count from the container, else estimated from duration × fps; null when unknown. */
  frameCount: number | null;
  /** True when frameCount was written in the container (not estimated). */
  frameCountExact: boolean;
  /** Rotation from the metadata in degrees; ffmpeg applies it while decoding. */
  rotation: number;
  /** When it was filmed, from the container's creation_time (ISO 8601), if written. */
  createdAt: string | null;
}

export interface VideoFrame {
  index: number;
  /** Presentation time in ms from the first frame. */
  t: number;
  width: number;
  height: number;
  /** width × height × 3 bytes, RGB. */
  rgb: Uint8Array;
}

/** Frames wider than this are scaled down: MoveNet sees 192–256 px anyway. */
export const MAX_DECODE_WIDTH = 640;

/**
 * What Retrowalk analyses, checked from ffprobe's answer before anything is decoded: a crafted file
 * of 2 MB can declare 640×65000 pixels (3.7 GB of memory to decode) or hours of tiny frames.
 * 8K (7680×4320) fits; a decoded frame's memory grows with its pixels.
 */
export const MAX_VIDEO_PIXELS = 8192 * 4320;
/** Longer side over shorter side: no camera films a strip (a 640×65000 frame decodes 640 wide, all of its height). */
export const MAX_ASPECT_RATIO = 4;
export const MAX_VIDEO_SECONDS = 30 * 60;
/** 30 minutes at 60 frames a second. */
export const MAX_VIDEO_FRAMES = 108_000;

export class VideoError extends Error {}

interface ProbeJson {
  streams?: Array<{
    width?: number;
    height?: number;
    avg_frame_rate?: string;
    r_frame_rate?: string;
    nb_frames?: string;
    duration?: string;
    tags?: { rotate?: string };
    side_data_list?: Array<{ rotation?: number }>;
  }>;
  format?: { duration?: string; tags?: { creation_time?: string } };
}

function run(cmd: FfmpegTool, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegBinary(cmd), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => reject(new VideoError(`cannot run ${cmd}: ${e.message} (is ffmpeg installed?)`)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function parseRate(rate: string | undefined): number | null {
  if (!rate) return null;
  const [num, den] = rate.split('/').map(Number);
  const fps = den ? num / den : num;
  return Number.isFinite(fps) && fps > 0 ? fps : null;
}

function lastLine(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1].trim() : 'no details from ffmpeg';
}

/** Reads size, frame rate, duration and rotation of the first video stream. */
export async function probeVideo(path: string): Promise<VideoInfo> {
  if (!existsSync(path)) throw new VideoError(`file not found: ${path}`);
  const { code, stdout, stderr } = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height,avg_frame_rate,r_frame_rate,nb_frames,duration:stream_tags=rotate:stream_side_data=rotation:format=duration:format_tags=creation_time',
    '-of',
    'json',
    path,
  ]);
  if (code !== 0) throw new VideoError(`cannot read video ${path}: ${lastLine(stderr)}`);
  const json = JSON.parse(stdout) as ProbeJson;
  const stream = json.streams?.[0];
  if (!stream?.width || !stream.height) throw new VideoError(`${path} has no video stream`);
  let fps = parseRate(stream.avg_frame_rate) ?? parseRate(stream.r_frame_rate);
  if (!fps) throw new VideoError(`${path}: cannot tell the frame rate of the video`);
  const rotation = Number(stream.side_data_list?.find((s) => s.rotation != null)?.rotation ?? stream.tags?.rotate ?? 0);
  const quarterTurn = Math.abs(rotation) % 180 === 90;
  let durationS = Number(stream.duration ?? json.format?.duration) || null;
  let nbFrames = Number(stream.nb_frames) || null;
  if (!durationS) {
    // MediaRecorder's WebM has no duration in its header: read the packets' times (demuxing only, fast).
    const packets = await packetTimes(path);
    const span = packets[packets.length - 1] - packets[0];
    if (packets.length > 1 && span > 0) {
      nbFrames = packets.length;
      fps = (packets.length - 1) / span; // its declared rate is often the 1 kHz time base
      durationS = span + 1 / fps;
    }
  }
  const info: VideoInfo = {
    width: quarterTurn ? stream.height : stream.width,
    height: quarterTurn ? stream.width : stream.height,
    fps,
    durationS,
    frameCount: nbFrames ?? (durationS ? Math.round(durationS * fps) : null),
    frameCountExact: nbFrames !== null,
    rotation,
    createdAt: validDate(json.format?.tags?.creation_time),
  };
  const tooBig = overLimits(info);
  if (tooBig) throw new VideoError(`${path} ${tooBig}`);
  return info;
}

const millions = (n: number): string => `${(n / 1e6).toFixed(1)} million`;

/** Why the video is more than Retrowalk analyses (to follow its path in a message), or null. */
function overLimits({ width, height, durationS, frameCount }: VideoInfo): string | null {
  if (width * height > MAX_VIDEO_PIXELS) {
    return `is ${width}×${height} pixels (${millions(width * height)}); Retrowalk analyses videos up to 8192×4320 (${millions(MAX_VIDEO_PIXELS)} pixels): export it at a lower resolution first.`;
  }
  if (Math.max(width, height) > MAX_ASPECT_RATIO * Math.min(width, height)) {
    return `is ${width}×${height} pixels, a strip rather than a camera's picture; Retrowalk analyses videos at most ${MAX_ASPECT_RATIO} times as wide as tall or as tall as wide.`;
  }
  if (durationS !== null && durationS > MAX_VIDEO_SECONDS) {
    return `lasts ${Math.round(durationS / 60)} minutes; Retrowalk analyses videos up to ${MAX_VIDEO_SECONDS / 60} minutes: trim it to the walk first.`;
  }
  if (frameCount !== null && frameCount > MAX_VIDEO_FRAMES) {
    return `has ${frameCount} frames; Retrowalk analyses videos up to ${MAX_VIDEO_FRAMES} frames (${MAX_VIDEO_SECONDS / 60} minutes at 60 frames a second): trim it to the walk first.`;
  }
  return null;
}

function validDate(text: string | undefined): string | null {
  const ms = text ? Date.parse(text) : NaN;
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

/** Presentation times (s) of every video packet, sorted; empty when ffprobe cannot list them. */
async function packetTimes(path: string): Promise<number[]> {
  const { code, stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'packet=pts_time',
    '-of',
    'csv=p=0',
    path,
  ]);
  if (code !== 0) return [];
  const lines = stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== 'N/A');
  return lines
    .map(Number)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
}

/** The decoded size: at most `maxWidth` wide, aspect kept, even dimensions. */
export function decodeSize(info: VideoInfo, maxWidth = MAX_DECODE_WIDTH): { width: number; height: number } {
  const width = Math.min(info.width, maxWidth) & ~1;
  const height = Math.max(2, Math.round((info.height * width) / info.width / 2) * 2);
  return { width, height };
}

/** ffmpeg's demuxers say this when the data stops before the file's index says it should. */
const PARTIAL_FILE = /partial file/i;
const SHOWINFO = /\bn:\s*(\d+)\s+pts:\s*\S+\s+pts_time:\s*(-?[\d.e+-]+)/;

export interface DecodeOptions {
  /**
   * Decode from this time (s) on, for one part of a video analysed in parallel. Frame times are then
   * measured from the video's start (not the first decoded frame), so the parts line up, and the
   * completeness check is left to whoever joins the parts.
   */
  startS?: number;
  /** Decode at most this wide (default MAX_DECODE_WIDTH). */
  maxWidth?: number;
}

/**
 * Streams the frames one at a time (the pipe applies back-pressure, so memory stays at a frame or
 * two). Timestamps come from ffmpeg's showinfo filter, so variable-frame-rate phone videos keep
 * their real timing. Throws VideoError when ffmpeg fails.
 */
export async function* decodeVideo(
  path: string,
  info: VideoInfo,
  options: DecodeOptions = {},
): AsyncGenerator<VideoFrame> {
  const { width, height } = decodeSize(info, options.maxWidth);
  const frameBytes = width * height * 3;
  const part = options.startS !== undefined;
  // Input seeking: ffmpeg drops the frames before startS and shifts the times by it.
  const seek = options.startS ? ['-ss', options.startS.toFixed(6)] : [];
  const child = spawn(
    ffmpegBinary('ffmpeg'),
    [
      '-hide_banner',
      '-nostats',
      '-loglevel',
      'info',
      ...seek,
      '-i',
      path,
      '-an',
      '-sn',
      '-vf',
      `scale=${width}:${height},showinfo=checksum=0`,
      '-fps_mode',
      'passthrough',
      '-pix_fmt',
      'rgb24',
      '-f',
      'rawvideo',
      'pipe:1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const times: number[] = [];
  let stderrTail = '';
  let partial = false;
  let pending = '';
  let firstPts: number | null = null;
  let stderrDone = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  child.stderr.on('end', () => {
    stderrDone = true;
    notify();
  });
  child.stderr.on('data', (d: Buffer) => {
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = SHOWINFO.exec(line);
      if (m) {
        const pts = Number(m[2]);
        firstPts ??= part ? -(options.startS ?? 0) : pts;
        times[Number(m[1])] = (pts - firstPts) * 1000;
      } else if (line.trim()) {
        stderrTail = line.trim();
        partial ||= PARTIAL_FILE.test(line);
      }
    }
    notify();
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(new VideoError(`cannot run ffmpeg: ${e.message} (is ffmpeg installed?)`)));
    child.on('close', resolve);
  });

  let index = 0;
  // Each frame is filled straight from the pipe's chunks: one copy, no concatenation per frame.
  let rgb = new Uint8Array(frameBytes);
  let filled = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let from = 0;
      while (from < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - from);
        rgb.set(chunk.subarray(from, from + take), filled);
        filled += take;
        from += take;
        if (filled < frameBytes) break;
        // showinfo logs a frame before writing its pixels, but the two pipes are read independently.
        while (times[index] === undefined && !stderrDone) await new Promise<void>((r) => (wake = r));
        const t = times[index] ?? (index * 1000) / info.fps + (options.startS ?? 0) * 1000;
        yield { index, t, width, height, rgb };
        index++;
        rgb = new Uint8Array(frameBytes);
        filled = 0;
      }
    }
    const code = await exited;
    if (code !== 0) throw new VideoError(`cannot decode video ${path}: ${stderrTail || `ffmpeg exited with ${code}`}`);
    // A cut-off file decodes "successfully" up to the cut: analysing part of a walk silently is worse.
    const short = !part && info.frameCountExact && info.frameCount !== null && index < 0.95 * info.frameCount;
    if (short)
      throw new VideoError(`${path} is truncated: only ${index} of its ${info.frameCount} frames could be decoded`);
    // A part's frame index does not start at the video's first frame: no count then.
    const where = part ? 'the file stops short of its end' : `the file ends after ${index} frames`;
    if (partial) throw new VideoError(`${path} is truncated: ${where} (ffmpeg found a partial file)`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
