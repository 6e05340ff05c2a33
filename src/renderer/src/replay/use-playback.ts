/**
 * The replay's clock. With a video, the video is the clock: the time is the presentation time of the
 * frame on screen (requestVideoFrameCallback's mediaTime), so the overlay matches the picture frame
 * for frame. Without one (missing or unreadable file), a clock driven by animation frames.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Playback {
  /** Media time on screen, ms (as of the last render). */
  timeMs: number;
  /** Media time now, ms, even between renders (for keys pressed faster than the screen updates). */
  now(): number;
  playing: boolean;
  rate: number;
  play(): void;
  pause(): void;
  toggle(): void;
  seek(timeMs: number): void;
  setRate(rate: number): void;
}

export function usePlayback(video: HTMLVideoElement | null, endMs: number): Playback {
  const [timeMs, setTimeMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const timeRef = useRef(0);
  const rateRef = useRef(1);
  const now = useCallback(() => timeRef.current, []);
  const show = useCallback((ms: number) => {
    timeRef.current = ms;
    setTimeMs(ms);
  }, []);

  // Video: follow its frames and its play state.
  useEffect(() => {
    if (!video) return;
    video.playbackRate = rateRef.current;
    let handle = 0;
    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata): void => {
      // While seeking, frames of an earlier seek may still arrive: the target is already shown.
      if (!video.seeking) show(meta.mediaTime * 1000);
      handle = video.requestVideoFrameCallback(onFrame);
    };
    handle = video.requestVideoFrameCallback(onFrame);
    // The frame a seek lands on (also when no new frame callback comes, e.g. back to the frame on screen).
    const onSeeked = () => show(video.currentTime * 1000);
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(false);
    video.addEventListener('seeked', onSeeked);
    video.addEventListener('play', onPlay);
    video.addEventListener('pause', onPause);
    video.addEventListener('ended', onPause);
    setPlaying(!video.paused);
    return () => {
      video.cancelVideoFrameCallback(handle);
      video.removeEventListener('seeked', onSeeked);
      video.removeEventListener('play', onPlay);
      video.removeEventListener('pause', onPause);
      video.removeEventListener('ended', onPause);
    };
  }, [video, show]);

  // No video: a clock of its own while playing.
  useEffect(() => {
    if (video || !playing) return;
    let last = performance.now();
    let handle = requestAnimationFrame(function tick(now) {
      const next = timeRef.current + (now - last) * rateRef.current;
      last = now;
      if (next >= endMs) {
        show(endMs);
        setPlaying(false);
        return;
      }
      show(next);
      handle = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(handle);
  }, [video, playing, endMs, show]);

  const play = useCallback(() => {
    if (video) {
      if (video.ended) video.currentTime = 0;
      video.play().catch(() => setPlaying(false));
    } else {
      if (timeRef.current >= endMs) show(0);
      setPlaying(true);
    }
  }, [video, endMs, show]);
  const pause = useCallback(() => {
    if (video) video.pause();
    else setPlaying(false);
  }, [video]);
  const seek = useCallback((ms: number) => {
    const clamped = Math.max(0, Math.min(endMs, ms));
    if (video) {
      // the overlay changes with the picture (on seeked / the frame callback); further steps count from here
      timeRef.current = clamped;
      video.currentTime = clamped / 1000;
    } else {
      show(clamped);
    }
  }, [video, endMs, show]);
  const setRate = useCallback((r: number) => {
    rateRef.current = r;
    setRateState(r);
    if (video) video.playbackRate = r;
  }, [video]);

  return {
    timeMs, playing, rate, play, pause, seek, setRate,
    now,
    toggle: () => (playing ? pause() : play()),
  };
}
