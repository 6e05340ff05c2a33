import { SpeedSelect } from '../replay/SpeedSelect';
import type { SyncClock } from './sync-clock';
import type { SyncedPlayback } from './use-synced-playback';

interface Props {
  playback: SyncedPlayback;
  clock: SyncClock;
  /** Which foot's contact τ = 0 is, for the time's label. */
  alignedOn: string;
}

const signed = (s: number) => `${s < 0 ? '−' : s > 0 ? '+' : ''}${Math.abs(s).toFixed(2)} s`;

/** One transport for both sessions: play/pause, frame step, speed, and a scrubber in time since the aligned contact. */
export function CompareControls({ playback, clock, alignedOn }: Props) {
  return (
    <div className="replay-controls compare-controls" role="toolbar" aria-label="Comparison controls">
      <button
        type="button"
        onClick={() => playback.frameStep(-1)}
        aria-label="Previous frame"
        title="Previous frame (←)"
      >
        ◀ Frame
      </button>
      <button
        type="button"
        className="play"
        onClick={playback.toggle}
        aria-label={playback.playing ? 'Pause' : 'Play'}
        title="Play / pause (Space)"
        data-testid="compare-play"
      >
        {playback.playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" onClick={() => playback.frameStep(1)} aria-label="Next frame" title="Next frame (→)">
        Frame ▶
      </button>
      <SpeedSelect rate={playback.rate} onRate={playback.setRate} />
      <input
        type="range"
        className="compare-scrubber"
        aria-label={`Time since the aligned ${alignedOn}`}
        aria-valuetext={signed(playback.tauS)}
        min={clock.startS}
        max={clock.endS}
        step={0.001}
        value={playback.tauS}
        onChange={(e) => playback.seek(Number(e.target.value))}
        data-testid="compare-scrubber"
      />
      <span className="replay-time" data-testid="compare-time">
        {signed(playback.tauS)} from the aligned {alignedOn}
      </span>
    </div>
  );
}
