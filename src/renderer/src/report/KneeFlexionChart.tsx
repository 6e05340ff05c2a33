import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { GaitAnalysis, SessionSeries } from '../../../shared/gait';
import { axisStyle, PAPER_THEME } from '../charts/chart-theme';
import { LegendKey } from '../charts/LegendKey';
import { KNEE_FLEXION_SIGN, kneeFlexionScale, yRangeMarker } from '../charts/knee-flexion-axis';
import { useUplot, type UplotChart } from '../charts/use-uplot';
import { LINE_COLOURS } from '../progress/chart-data';
import { marksPlugin, SEGMENT_COLOURS } from '../replay/chart-marks';

const SHADED = [
  ['backward', 'walking backward'],
  ['forward', 'forward'],
  ['turning', 'turning'],
  ['standing', 'standing'],
] as const;

interface Props {
  series: SessionSeries;
  analysis: Pick<GaitAnalysis, 'segments' | 'events'>;
  width: number;
  height: number;
}

/** Knee flexion of both legs over the session, for paper: direction shading and foot contacts as on the replay. */
export function KneeFlexionChart({ series, analysis, width, height }: Props) {
  const chart = useMemo((): UplotChart => {
    const axis = axisStyle(PAPER_THEME);
    const gapsAsNull = (values: Float64Array) => Array.from(values, (v) => (Number.isFinite(v) ? v : null));
    return {
      width,
      height,
      options: {
        cursor: { show: false },
        legend: { show: false },
        scales: { x: { time: false }, y: kneeFlexionScale },
        axes: [
          { ...axis, values: (_u, ticks) => ticks.map((t) => `${t} s`) },
          { ...axis, size: 44, values: (_u, ticks) => ticks.map((t) => `${t}°`) },
        ],
        series: [
          { label: 'Time' },
          { label: 'Left knee', stroke: LINE_COLOURS.left, width: 1.5, dash: PAPER_THEME.legDash.left ?? undefined },
          { label: 'Right knee', stroke: LINE_COLOURS.right, width: 1.5, dash: PAPER_THEME.legDash.right ?? undefined },
        ],
        plugins: [marksPlugin(analysis.segments, analysis.events, true), yRangeMarker()],
      },
      data: [Array.from(series.t), gapsAsNull(series.knee.left), gapsAsNull(series.knee.right)] as uPlot.AlignedData,
    };
  }, [series, analysis, width, height]);
  const holder = useUplot(chart);

  const points = series.knee.left.filter(Number.isFinite).length + series.knee.right.filter(Number.isFinite).length;
  return (
    <figure className="report-chart" data-testid="report-knee-chart" data-points={points}>
      <figcaption>
        Knee flexion over the session ({KNEE_FLEXION_SIGN}) ·{' '}
        <span className="legend-item" data-testid="report-key-left">
          <LegendKey colour={LINE_COLOURS.left} dash={PAPER_THEME.legDash.left} /> left knee
        </span>{' '}
        <span className="legend-item" data-testid="report-key-right">
          <LegendKey colour={LINE_COLOURS.right} dash={PAPER_THEME.legDash.right} /> right knee (dashed)
        </span>{' '}
        · lines: foot contacts ·{' '}
        {SHADED.map(([direction, label]) => (
          <span key={direction} className="legend-item">
            <LegendKey kind="area" colour={SEGMENT_COLOURS[direction] ?? 'none'} /> {label}
          </span>
        ))}
      </figcaption>
      <div ref={holder} role="img" aria-label="Knee flexion of the left and right legs over the session" />
    </figure>
  );
}
