import { memo, useMemo } from 'react';
import type { MeanCycle } from '../../../shared/gait/cycle';
import { axisStyle, DARK_THEME } from '../charts/chart-theme';
import { KNEE_FLEXION_SIGN, kneeFlexionScale, yRangeMarker } from '../charts/knee-flexion-axis';
import { useUplot, type UplotChart } from '../charts/use-uplot';
import { cycleColumns } from './knee-cycles';

export const LANE_COLOURS = { A: '#e07be0', B: '#9bd35a' } as const;
const BAND_COLOURS = { A: 'rgba(224, 123, 224, 0.16)', B: 'rgba(155, 211, 90, 0.16)' } as const;
const HEIGHT = 220;
const AXIS = axisStyle(DARK_THEME);

interface Props {
  /** The mean cycle of A and of B (null: no whole cycle of this leg). */
  cycles: [MeanCycle | null, MeanCycle | null];
  legLabel: string;
}

/** Both sessions' knee flexion over one gait cycle (0–100 %) on one chart, each mean ± SD. */
export const CycleChart = memo(function CycleChart({ cycles, legLabel }: Props) {
  const columns = useMemo(() => cycleColumns(cycles), [cycles]);
  // [%, A mean, A −SD, A +SD, B mean, B −SD, B +SD]
  const means = [columns[1], columns[4]];

  const chart = useMemo((): UplotChart => {
    const band = (lane: 'A' | 'B', label: string) => ({
      label: `${lane} ${label}`,
      stroke: 'transparent',
      width: 0,
      points: { show: false },
    });
    return {
      height: HEIGHT,
      options: {
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false, range: [0, 100] }, y: kneeFlexionScale },
        axes: [
          { ...AXIS, values: (_u, ticks) => ticks.map((t) => `${t} %`) },
          { ...AXIS, values: (_u, ticks) => ticks.map((t) => `${t}°`), size: 52 },
        ],
        series: [
          { label: 'Gait cycle' },
          { label: 'A mean', stroke: LANE_COLOURS.A, width: 2 },
          band('A', '− SD'),
          band('A', '+ SD'),
          { label: 'B mean', stroke: LANE_COLOURS.B, width: 2 },
          band('B', '− SD'),
          band('B', '+ SD'),
        ],
        plugins: [yRangeMarker()],
        bands: [
          { series: [3, 2], fill: BAND_COLOURS.A },
          { series: [6, 5], fill: BAND_COLOURS.B },
        ],
      },
      data: columns,
    };
  }, [columns]);
  const holder = useUplot(chart);

  const known = means.map((m) => m.filter((v) => v != null).length);
  return (
    <figure
      className="cycle-chart gait-chart"
      data-testid="compare-cycle-chart"
      data-series={means.length}
      data-points={means.map((m) => m.length).join(',')}
      data-known-points={known.join(',')}
    >
      <figcaption>
        {legLabel} knee flexion over one gait cycle (contact to the same foot's next contact), mean ± SD of each
        session's cycles ({KNEE_FLEXION_SIGN})
      </figcaption>
      <div
        ref={holder}
        role="img"
        aria-label={`${legLabel} knee flexion over one gait cycle, session A and session B`}
      />
      <p className="chart-legend muted">
        {(['A', 'B'] as const).map((lane, i) => (
          <span key={lane}>
            <i className="swatch line" style={{ background: LANE_COLOURS[lane] }} /> {lane}:{' '}
            {cycles[i] ? `${cycles[i].cycles} cycle${cycles[i].cycles === 1 ? '' : 's'}` : 'no whole cycle of this leg'}
          </span>
        ))}
      </p>
    </figure>
  );
});
