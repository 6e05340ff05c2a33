import type { Side } from '../../../shared/gait';
import { FramePlayButtons } from './FramePlayButtons';
import type { LargestStepButton } from './largest-steps';
import { SpeedSelect } from './SpeedSelect';
import type { Playback } from './use-playback';

interface Props {
  playback: Playback;
  frameIndex: number;
  frameCount: number;
  durationMs: number;
  onFrameStep: (delta: number) => void;
  onStep: (direction: -1 | 1) => void;
  canStep: { previous: boolean; next: boolean };
  looping: boolean;
  canLoop: boolean;
  onLoop: (on: boolean) => void;
  /** Each leg's step with the largest knee-past-toe peak (the step table's values). */
  largest: Record<Side, LargestStepButton | null>;
  onLargest: (side: Side) => void;
}

/** Transport controls; each has an accessible name, the keyboard shortcuts are in the names' titles. */
export function ReplayControls(p: Props) {
  const { playback } = p;
  return (
    <div className="replay-controls" role="toolbar" aria-label="Replay controls">
      <button
        type="button"
        onClick={() => p.onStep(-1)}
        disabled={!p.canStep.previous}
        aria-label="Previous step"
        title="Previous step"
      >
        ⇤ Step
      </button>
      <FramePlayButtons
        playing={playback.playing}
        onToggle={playback.toggle}
        onFrameStep={p.onFrameStep}
        playTestId="replay-play"
      />
      <button
        type="button"
        onClick={() => p.onStep(1)}
        disabled={!p.canStep.next}
        aria-label="Next step"
        title="Next step"
      >
        Step ⇥
      </button>
      <SpeedSelect rate={playback.rate} onRate={playback.setRate} />
      <button
        type="button"
        aria-pressed={p.looping}
        disabled={!p.canLoop && !p.looping}
        onClick={() => p.onLoop(!p.looping)}
        title={p.canLoop || p.looping ? 'Repeat the step being walked' : 'Go to a step first'}
      >
        ⟲ Loop step
      </button>
      {(['left', 'right'] as const).map((side) => {
        const step = p.largest[side];
        return (
          <button
            key={side}
            type="button"
            disabled={!step}
            onClick={() => p.onLargest(side)}
            aria-label={`Go to the ${side} leg's step with the largest knee past toes`}
            title={step ? step.title : `No ${side} step with the knee past the toes measured`}
            data-testid={`largest-step-${side}`}
          >
            Largest step {side === 'left' ? 'L' : 'R'}
          </button>
        );
      })}
      <span className="replay-time" data-testid="replay-time" aria-live="off">
        {(playback.timeMs / 1000).toFixed(2)} / {(p.durationMs / 1000).toFixed(2)} s · frame{' '}
        {p.frameIndex >= 0 ? p.frameIndex + 1 : '—'} / {p.frameCount}
      </span>
    </div>
  );
}
