/** Previous frame, play/pause and next frame: the core of the replay's and the comparison's transport. */
export function FramePlayButtons({
  playing,
  onToggle,
  onFrameStep,
  playTestId,
}: {
  playing: boolean;
  onToggle: () => void;
  onFrameStep: (delta: number) => void;
  playTestId: string;
}) {
  return (
    <>
      <button type="button" onClick={() => onFrameStep(-1)} aria-label="Previous frame" title="Previous frame (←)">
        ◀ Frame
      </button>
      <button
        type="button"
        className="play"
        onClick={onToggle}
        aria-label={playing ? 'Pause' : 'Play'}
        title="Play / pause (Space)"
        data-testid={playTestId}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" onClick={() => onFrameStep(1)} aria-label="Next frame" title="Next frame (→)">
        Frame ▶
      </button>
    </>
  );
}
