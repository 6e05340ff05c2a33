import { KNEE_PAST_TOE_LABELS } from '../../../shared/display/knee-past-toe';
import { ColumnHeads } from '../app/ColumnHeads';
import type { StepRow } from './step-rows';

/** One row per step; selecting a row seeks to its foot contact. */
export function StepTable({
  rows,
  currentNumber,
  onSelect,
}: {
  rows: StepRow[];
  currentNumber: number | null;
  onSelect: (row: StepRow) => void;
}) {
  if (rows.length === 0) return <p className="muted">No steps were found in this session.</p>;
  return (
    <table className="data-table step-table" data-testid="step-table">
      <ColumnHeads
        heads={[
          'Step',
          'Leg',
          'Time',
          'Step time',
          'Length',
          'Peak knee flexion',
          {
            label: KNEE_PAST_TOE_LABELS.step,
            title: "The largest knee travel beyond the toes while this step's foot was on the ground",
          },
        ]}
      />
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.number}
            className={`leg-${r.side}`}
            aria-current={r.number === currentNumber ? 'step' : undefined}
            data-testid="step-row"
          >
            <td>
              <button
                type="button"
                className="link"
                onClick={() => onSelect(r)}
                aria-label={`Go to step ${r.number}: ${r.leg.toLowerCase()} foot contact at ${r.time}`}
              >
                {r.number}
              </button>
            </td>
            <td className="leg">{r.leg}</td>
            <td>{r.time}</td>
            <td>{r.stepTime}</td>
            <td>{r.length}</td>
            <td>{r.peakKneeFlexion}</td>
            <td data-testid="step-kpt" data-value={r.kneePastToeValue ?? ''}>
              {r.kneePastToes}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
