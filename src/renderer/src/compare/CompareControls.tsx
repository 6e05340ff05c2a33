import { FramePlayButtons } from '../replay/FramePlayButtons';
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
      <FramePlayButtons
        playing={playback.playing}
        onToggle={playback.toggle}
        onFrameStep={playback.frameStep}
        playTestId="compare-play"
      />
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
