/** Playback speeds offered by the replay and the comparison: 0.1×–2×. */
export const SPEEDS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2] as const;

export function SpeedSelect({ rate, onRate }: { rate: number; onRate: (rate: number) => void }) {
  return (
    <label className="speed">
      Speed{' '}
      <select aria-label="Playback speed" value={rate} onChange={(e) => onRate(Number(e.target.value))}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
    </label>
  );
}
