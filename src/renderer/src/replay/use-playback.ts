/**
 * The replay's clock. With a video, the video is the clock: the time is the presentation time of the
 * frame on screen (requestVideoFrameCallback's mediaTime), so the overlay matches the picture frame
 * for frame. Without one (missing or unreadable file), a clock driven by animation frames.
 *
 * Looping a step plays exactly its frames (step-loop.ts): the video is held on the step's last frame
 * for that frame's time, then sent back to the first, so no frame of the next step is ever shown.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { followVideo } from './follow-video';
import type { FrameTimeline } from './frame-timeline';
import type { PlaybackTransport } from './playback-transport';
import { loopAction, loopedTime, timeLeftInFrame, type LoopFrames } from './step-loop';

export interface Playback extends PlaybackTransport {
  /** Media time on screen, ms (as of the last render). */
  timeMs: number;
  /** Media time now, ms, even between renders (for keys pressed faster than the screen updates). */
  now: () => number;
  seek: (timeMs: number) => void;
}

export function usePlayback(
  video: HTMLVideoElement | null,
  timeline: FrameTimeline,
  loop: LoopFrames | null,
): Playback {
  const endMs = timeline.endMs;
  const [timeMs, setTimeMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const timeRef = useRef(0);
  const rateRef = useRef(1);
  // the video's frame callbacks read the loop and timeline of the latest render
  const loopRef = useRef(loop);
  const timelineRef = useRef(timeline);
  useLayoutEffect(() => {
    loopRef.current = loop;
    timelineRef.current = timeline;
  }, [loop, timeline]);
  /** Set while the video is held on a looped step's last frame, before going back to its first. */
  const wrapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Set while the video seeks back to a looped step's first frame, to play on from there. */
  const resumeAfterWrap = useRef<(() => void) | null>(null);
  const now = useCallback(() => timeRef.current, []);
  const show = useCallback((ms: number) => {
    timeRef.current = ms;
    setTimeMs(ms);
  }, []);
  /** Cancels a loop's hold or its seek back to the start; true when one was under way. */
  const cancelWrap = useCallback((): boolean => {
    if (resumeAfterWrap.current) {
      resumeAfterWrap.current();
      resumeAfterWrap.current = null;
      return true;
    }
    if (wrapTimer.current === null) return false;
    clearTimeout(wrapTimer.current);
    wrapTimer.current = null;
    return true;
  }, []);

  // Video: follow its frames and its play state.
  useEffect(() => {
    if (!video) return;
    video.playbackRate = rateRef.current;
    const toFirst = (l: LoopFrames) => {
      timeRef.current = timelineRef.current.seekTimeMs(l.first);
      video.currentTime = timeRef.current / 1000;
    };
    const holdLastFrame = (holdMs: number) => {
      video.pause();
      wrapTimer.current = setTimeout(() => {
        wrapTimer.current = null;
        const l = loopRef.current;
        if (l) {
          toFirst(l);
          // still "playing" while the seek runs: a pause meanwhile cancels the play (cancelWrap)
          const resume = () => {
            resumeAfterWrap.current = null;
            void video.play().catch(() => setPlaying(false));
          };
          video.addEventListener('seeked', resume, { once: true });
          resumeAfterWrap.current = () => video.removeEventListener('seeked', resume);
        } else {
          void video.play().catch(() => setPlaying(false)); // the loop was turned off meanwhile: play on
        }
      }, holdMs / rateRef.current);
    };
    const stop = followVideo(video, {
      onFrame: (ms) => {
        const l = loopRef.current;
        if (!l || video.paused) {
          show(ms);
          return;
        }
        const index = timelineRef.current.floorIndex(ms);
        const action = loopAction(l, index);
        if (action === 'wrap') {
          toFirst(l);
          return;
        }
        show(ms);
        if (action === 'show-last') holdLastFrame(timeLeftInFrame(timelineRef.current, index, ms));
      },
      // The overlay shows the frame on screen. After a seek of ours (timeRef holds its target),
      // steps go on from the frame sought, so a frame the decoder once fails to land on cannot
      // hold the steps back; after anyone else's, from the frame shown.
      onSeeked: (shownMs) => {
        if (Math.abs(video.currentTime * 1000 - timeRef.current) < 0.5) setTimeMs(shownMs);
        else show(shownMs);
      },
      // a hold on a looped step's last frame pauses the video, but playback goes on
      onPlayState: (p) => {
        if (p || (wrapTimer.current === null && resumeAfterWrap.current === null)) setPlaying(p);
      },
    });
    return () => {
      cancelWrap();
      stop();
    };
  }, [video, show, cancelWrap]);

  // No video: a clock of its own while playing.
  useEffect(() => {
    if (video || !playing) return;
    let last = performance.now();
    let handle = requestAnimationFrame(function tick(now) {
      const next = loopedTime(timelineRef.current, loopRef.current, timeRef.current + (now - last) * rateRef.current);
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
    if (cancelWrap()) setPlaying(false); // held on a loop's last frame: the video is paused already
    if (!video) {
      setPlaying(false);
      return;
    }
    const wasPlaying = !video.paused;
    video.pause();
    // Paused, Chromium's currentTime can be up to a frame off the picture (measured: from 0.3 frame
    // before it to 0.9 after): put it inside the frame shown, so all that reads it agrees.
    const shown = timelineRef.current.frameAt(timeRef.current);
    if (wasPlaying && shown >= 0) {
      timeRef.current = timelineRef.current.seekTimeMs(shown);
      video.currentTime = timeRef.current / 1000;
    }
  }, [video, cancelWrap]);
  const seek = useCallback(
    (ms: number) => {
      const clamped = Math.max(0, Math.min(endMs, ms));
      const wasHeld = cancelWrap();
      if (video) {
        // the overlay changes with the picture (on seeked / the frame callback); further steps count from here
        timeRef.current = clamped;
        video.currentTime = clamped / 1000;
        if (wasHeld) video.play().catch(() => setPlaying(false));
      } else {
        show(clamped);
      }
    },
    [video, endMs, show, cancelWrap],
  );
  const setRate = useCallback(
    (r: number) => {
      rateRef.current = r;
      setRateState(r);
      if (video) video.playbackRate = r;
    },
    [video],
  );

  return {
    timeMs,
    playing,
    rate,
    play,
    pause,
    seek,
    setRate,
    now,
    toggle: () => (playing ? pause() : play()),
  };
}
