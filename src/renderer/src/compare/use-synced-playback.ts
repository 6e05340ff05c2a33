/**
 * Plays two sessions in step on the comparison's shared time τ (sync-clock.ts). The clock follows
 * the first video playing within its media (so a slow start of the picture never runs ahead of it);
 * the other video follows it, a little faster or slower until in step, or by a seek when far off.
 * With no video playing (skeleton-only sessions, or both holding a frame), animation frames drive it.
 * Each overlay shows the frame its own video presents (requestVideoFrameCallback).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { followVideo } from '../replay/follow-video';
import type { FrameTimeline } from '../replay/frame-timeline';
import type { PlaybackTransport } from '../replay/playback-transport';
import { syncCorrection, type SyncClock } from './sync-clock';

export interface SyncedPlayback extends PlaybackTransport {
  /** Shared time, s since the aligned contacts (as of the last render). */
  tauS: number;
  /** Media time each session shows, ms: its video's frame on screen, or the clock's for a skeleton alone. */
  laneTimesMs: number[];
  seek: (tauS: number) => void;
  frameStep: (delta: number) => void;
}

/** Plays `video` from `target` s, seeking only when it is not there already (a seek delays the start). */
function start(video: HTMLVideoElement, target: number): Promise<void> {
  if (Math.abs(video.currentTime - target) > 0.02) video.currentTime = target;
  return video.play();
}

/** `videos`: the same array while the elements are the same (memoise it): a new one sets playback up again. */
export function useSyncedPlayback(
  videos: readonly (HTMLVideoElement | null)[],
  timelines: readonly FrameTimeline[],
  clock: SyncClock,
): SyncedPlayback {
  const [tauS, setTau] = useState(0);
  const [shown, setShown] = useState<number[]>(() => timelines.map((_, i) => clock.mediaTime(i, 0) * 1000));
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const tauRef = useRef(0);
  const rateRef = useRef(1);
  /** Set at once by play/pause: an animation frame already queued must not restart paused videos. */
  const playingRef = useRef(false);
  const halt = useCallback(() => {
    playingRef.current = false;
    setPlaying(false);
  }, []);
  // the animation frames and the controls read the videos of the latest render
  const videosRef = useRef(videos);
  useLayoutEffect(() => {
    videosRef.current = videos;
  }, [videos]);

  const showTau = useCallback((tau: number) => {
    tauRef.current = tau;
    setTau(tau);
  }, []);
  /** The frame each video presents, as of now (the video's clock runs up to a frame ahead of it). */
  const presentedMs = useRef<number[]>([]);
  const showLane = useCallback((lane: number, ms: number) => {
    presentedMs.current[lane] = ms;
    setShown((prev) => (prev[lane] === ms ? prev : prev.map((v, i) => (i === lane ? ms : v))));
  }, []);
  /** Sends every video to where τ puts it. */
  const placeVideos = useCallback(
    (tau: number, except = -1) => {
      videosRef.current.forEach((v, i) => {
        if (v && i !== except) v.currentTime = clock.mediaTime(i, tau);
      });
    },
    [clock],
  );

  // Each overlay follows its own video's frames; the videos start where τ puts them.
  useEffect(() => {
    const stops = videos.map((video, lane) => {
      if (!video) return () => {};
      video.playbackRate = rateRef.current;
      video.currentTime = clock.mediaTime(lane, tauRef.current);
      return followVideo(video, {
        onFrame: (ms) => showLane(lane, ms),
        onSeeked: (ms) => showLane(lane, ms),
        onPlayState: () => {},
      });
    });
    return () => stops.forEach((stop) => stop());
  }, [videos, clock, showLane]);

  // While playing: advance τ, keep each video playing or holding as τ asks, in step with the clock.
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let handle = requestAnimationFrame(function tick(now) {
      if (!playingRef.current) return;
      const vs = videosRef.current;
      const inMedia = (i: number) => clock.playsAt(i, tauRef.current);
      const master = vs.findIndex((v, i) => v !== null && !v.paused && !v.seeking && inMedia(i));
      let tau =
        master >= 0
          ? clock.tauOf(master, vs[master]!.currentTime)
          : tauRef.current + ((now - last) / 1000) * rateRef.current;
      last = now;
      if (tau >= clock.endS) {
        tau = clock.endS;
        vs.forEach((v) => v?.pause());
        halt();
      }
      vs.forEach((v, i) => {
        if (!v || i === master || tau >= clock.endS) return;
        const target = clock.mediaTime(i, tau);
        if (!clock.playsAt(i, tau)) {
          if (!v.paused) {
            v.pause();
            v.currentTime = target;
          } // hold its first or last frame
          return;
        }
        if (v.paused) {
          start(v, target).catch(halt);
          return;
        }
        if (v.seeking) return;
        const fix = syncCorrection(v.currentTime - target, rateRef.current);
        if (fix.seek) v.currentTime = target;
        else if (Math.abs(v.playbackRate - fix.rate) > 0.01) v.playbackRate = fix.rate;
      });
      showTau(tau);
      if (tau < clock.endS) handle = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing, clock, showTau, halt]);

  const play = useCallback(() => {
    // from the aligned contacts again once at the end
    if (tauRef.current >= clock.endS - 1e-3) {
      showTau(0);
      placeVideos(0);
    }
    // every video with media here starts in this same task, so they start together
    videosRef.current.forEach((v, i) => {
      if (!v) return;
      v.playbackRate = rateRef.current;
      if (clock.playsAt(i, tauRef.current)) start(v, clock.mediaTime(i, tauRef.current)).catch(halt);
    });
    playingRef.current = true;
    setPlaying(true);
  }, [clock, showTau, placeVideos, halt]);
  /** The lane whose frames τ steps by: the first with media at τ (else the first). */
  const referenceLane = useCallback(
    () =>
      Math.max(
        0,
        timelines.findIndex((_, i) => clock.playsAt(i, tauRef.current)),
      ),
    [timelines, clock],
  );
  /** τ moved to the start of the reference lane's frame `delta` frames from the one at τ. */
  const frameTau = useCallback(
    (delta: number) => {
      const lane = referenceLane();
      const timeline = timelines[lane];
      const index = timeline.stepFrom(clock.mediaTime(lane, tauRef.current) * 1000, delta);
      return clock.tauOf(lane, timeline.seekTimeMs(index) / 1000);
    },
    [referenceLane, timelines, clock],
  );
  const pause = useCallback(() => {
    halt();
    const vs = videosRef.current;
    const master = vs.findIndex((v, i) => v !== null && !v.paused && clock.playsAt(i, tauRef.current));
    vs.forEach((v) => v?.pause());
    // stop on the frame the leading video shows, not on its clock, which may be into the next one
    if (master >= 0)
      tauRef.current = clock.tauOf(master, (presentedMs.current[master] ?? vs[master]!.currentTime * 1000) / 1000);
    // the same moment in both, on a frame of the reference lane, so frame steps move both by whole frames
    const tau = frameTau(0);
    showTau(tau);
    placeVideos(tau);
  }, [clock, showTau, placeVideos, frameTau, halt]);
  const seek = useCallback(
    (tau: number) => {
      const clamped = clock.clampTau(tau);
      showTau(clamped);
      placeVideos(clamped);
    },
    [clock, showTau, placeVideos],
  );
  const frameStep = useCallback(
    (delta: number) => {
      if (playingRef.current) pause();
      seek(frameTau(delta));
    },
    [pause, seek, frameTau],
  );
  const setRate = useCallback((r: number) => {
    rateRef.current = r;
    setRateState(r);
    videosRef.current.forEach((v) => {
      if (v) v.playbackRate = r;
    });
  }, []);

  const laneTimesMs = timelines.map((_, i) => (videos[i] ? shown[i] : clock.mediaTime(i, tauS) * 1000));
  return {
    tauS,
    laneTimesMs,
    playing,
    rate,
    play,
    pause,
    seek,
    frameStep,
    setRate,
    toggle: () => (playing ? pause() : play()),
  };
}
