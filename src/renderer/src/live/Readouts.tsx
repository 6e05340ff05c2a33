import type { LiveReadout, Measured } from '../../../shared/gait/types';
import { KneeTable } from '../app/KneeTable';

/** Below this confidence a number is shown greyed, as a hint rather than a measurement. */
const UNCERTAIN = 0.5;

export function Readouts({ readout }: { readout: LiveReadout | null }) {
  const direction = readout?.direction ?? 'unknown';
  return (
    <>
      <section className="card direction-card" aria-label="Walking direction">
        <h2>Direction</h2>
        <p className={`direction ${direction}`} data-testid="direction" data-value={direction}>
          {direction}
        </p>
        <p className="muted">
          confidence{' '}
          <span data-testid="direction-confidence" data-value={readout ? readout.directionConfidence.toFixed(2) : ''}>
            {readout ? `${Math.round(readout.directionConfidence * 100)} %` : '—'}
          </span>
        </p>
      </section>

      <section className="card" aria-label="Knees">
        <h2>Knees</h2>
        <KneeTable corner={<th scope="col" />}>
          <tr>
            <th scope="row" title="0° = straight leg">
              Flexion
            </th>
            <td>
              <Angle testId="knee-flexion-left" m={readout?.left.kneeFlexionDeg} />
            </td>
            <td>
              <Angle testId="knee-flexion-right" m={readout?.right.kneeFlexionDeg} />
            </td>
          </tr>
          <tr>
            <th
              scope="row"
              title="Angle at the toes between the vertical and the line to the knee; positive when the knee is beyond the toes"
            >
              Knee past toe
            </th>
            <td>
              <Angle testId="knee-past-toe-left" m={readout?.left.kneePastToeDeg} signed />
            </td>
            <td>
              <Angle testId="knee-past-toe-right" m={readout?.right.kneePastToeDeg} signed />
            </td>
          </tr>
        </KneeTable>
      </section>

      <section className="card" aria-label="Camera view">
        <h2>Camera view</h2>
        <p className="view" data-testid="camera-view" data-value={readout?.view ?? 'unknown'}>
          {readout?.view ?? 'unknown'}
        </p>
      </section>
    </>
  );
}

function Angle({ m, testId, signed = false }: { m: Measured | undefined; testId: string; signed?: boolean }) {
  const value = m?.value ?? null;
  const text = value === null ? '—' : `${signed && value > 0 ? '+' : ''}${value.toFixed(0)}°`;
  const uncertain = m !== undefined && value !== null && m.confidence < UNCERTAIN;
  return (
    <span
      className={`angle${uncertain ? ' uncertain' : ''}`}
      data-testid={testId}
      data-value={value === null ? '' : value.toFixed(1)}
      data-confidence={m ? m.confidence.toFixed(2) : ''}
      title={uncertain ? 'Low confidence: the keypoints are unclear' : undefined}
    >
      {text}
    </span>
  );
}
