import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { GaitAnalysis, SessionSeries } from '../../../shared/gait';
import { PAPER_THEME } from '../progress/chart-theme';
import { LINE_COLOURS } from '../progress/chart-data';
import { marksPlugin, SEGMENT_COLOURS } from '../replay/chart-marks';

const SHADED = [['backward', 'walking backward'], ['forward', 'forward'], ['turning', 'turning'], ['standing', 'standing']] as const;

interface Props {
  series: SessionSeries;
  analysis: Pick<GaitAnalysis, 'segments' | 'events'>;
  width: number;
  height: number;
}

/** Knee flexion of both legs over the session, for paper: direction shading and foot contacts as on the replay. */
export function KneeFlexionChart({ series, analysis, width, height }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const axis = { stroke: PAPER_THEME.axis, grid: { stroke: PAPER_THEME.grid }, ticks: { stroke: PAPER_THEME.grid } };
    const gapsAsNull = (values: Float64Array) => Array.from(values, (v) => (Number.isFinite(v) ? v : null));
    const u = new uPlot({
      width,
      height,
      cursor: { show: false },
      legend: { show: false },
      scales: { x: { time: false } },
      axes: [
        { ...axis, values: (_u, ticks) => ticks.map((t) => `${t} s`) },
        { ...axis, size: 44, values: (_u, ticks) => ticks.map((t) => `${t}°`) },
      ],
      series: [
        { label: 'Time' },
        { label: 'Left knee', stroke: LINE_COLOURS.left, width: 1.5 },
        { label: 'Right knee', stroke: LINE_COLOURS.right, width: 1.5 },
      ],
      plugins: [marksPlugin(analysis.segments, analysis.events, false)],
    }, [Array.from(series.t), gapsAsNull(series.knee.left), gapsAsNull(series.knee.right)] as uPlot.AlignedData, el);
    return () => u.destroy();
  }, [series, analysis, width, height]);

  const points = series.knee.left.filter(Number.isFinite).length + series.knee.right.filter(Number.isFinite).length;
  return (
    <figure className="report-chart" data-testid="report-knee-chart" data-points={points}>
      <figcaption>
        Knee flexion over the session (0° = straight leg) ·{' '}
        <span className="legend-item"><i className="swatch line" style={{ background: LINE_COLOURS.left }} /> left</span>{' '}
        <span className="legend-item"><i className="swatch line" style={{ background: LINE_COLOURS.right }} /> right</span>
        {' '}· lines: foot contacts ·{' '}
        {SHADED.map(([direction, label]) => (
          <span key={direction} className="legend-item"><i className="swatch" style={{ background: SEGMENT_COLOURS[direction] }} /> {label}</span>
        ))}
      </figcaption>
      <div ref={holder} role="img" aria-label="Knee flexion of the left and right legs over the session" />
    </figure>
  );
}
