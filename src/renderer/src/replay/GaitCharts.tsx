import { useEffect, useMemo, useRef } from 'react';
import type uPlot from 'uplot';
import type { GaitAnalysis, SessionSeries } from '../../../shared/gait';
import { axisStyle, DARK_THEME, LEG_COLOURS } from '../charts/chart-theme';
import { KNEE_FLEXION_SIGN, kneeFlexionScale, yRangeMarker } from '../charts/knee-flexion-axis';
import { useUplot, type UplotChart } from '../charts/use-uplot';
import { useLatest } from '../app/use-latest';
import { marksPlugin, SEGMENT_COLOURS } from './chart-marks';
import { chartColumns } from './replay-analysis';

interface ChartSpec {
  id: string;
  title: string;
  unit: string;
  pick: (s: SessionSeries) => Float64Array[];
  zeroLine: boolean;
  /** Fixed y scale, else automatic. */
  y?: uPlot.Scale;
}

const CHARTS: ChartSpec[] = [
  {
    id: 'knee-flexion',
    title: `Knee flexion (${KNEE_FLEXION_SIGN})`,
    unit: '°',
    pick: (s) => [s.knee.left, s.knee.right],
    zeroLine: true,
    y: kneeFlexionScale,
  },
  {
    id: 'knee-past-toe',
    title: 'Knee past toes, each frame, as an angle (+ = knee beyond the toes)',
    unit: '°',
    pick: (s) => [s.kneePastToeDeg.left, s.kneePastToeDeg.right],
    zeroLine: true,
  },
];
const HEIGHT = 170;
const AXIS = axisStyle(DARK_THEME);
const SEGMENT_LABELS = {
  backward: 'walking backward',
  forward: 'walking forward',
  turning: 'turning',
  standing: 'standing',
} as const;

interface Props {
  series: SessionSeries;
  analysis: Pick<GaitAnalysis, 'segments' | 'events'>;
  timeMs: number;
  onSeek: (timeMs: number) => void;
}

/** Knee flexion and knee-past-toe over time (uPlot), synced with the video: click to seek, playhead follows. */
export function GaitCharts({ series, analysis, timeMs, onSeek }: Props) {
  return (
    <div className="gait-charts" data-testid="gait-charts">
      {CHARTS.map((spec) => (
        <Chart key={spec.id} spec={spec} series={series} analysis={analysis} timeMs={timeMs} onSeek={onSeek} />
      ))}
      <ChartLegend />
    </div>
  );
}

function Chart({ spec, series, analysis, timeMs, onSeek }: Props & { spec: ChartSpec }) {
  const plot = useRef<uPlot | null>(null);
  const playhead = useRef<HTMLDivElement | null>(null);
  // the chart is made once per series: its clicks seek through the latest render's onSeek
  const seekRef = useLatest(onSeek);

  const chart = useMemo(
    (): UplotChart => ({
      height: HEIGHT,
      minWidth: 200,
      options: {
        cursor: { drag: { x: false, y: false }, sync: { key: 'replay-charts' } },
        legend: { live: false },
        scales: { x: { time: false }, ...(spec.y ? { y: spec.y } : {}) },
        axes: [
          { ...AXIS, values: (_u, ticks) => ticks.map((t) => `${t} s`) },
          { ...AXIS, values: (_u, ticks) => ticks.map((t) => `${t}${spec.unit}`), size: 56, space: 24 },
        ],
        series: [
          { label: 'Time' },
          { label: 'Left leg', stroke: LEG_COLOURS.left, width: 2 },
          { label: 'Right leg', stroke: LEG_COLOURS.right, width: 2 },
        ],
        plugins: [marksPlugin(analysis.segments, analysis.events, spec.zeroLine), yRangeMarker()],
      },
      data: chartColumns(series, spec.pick),
      attach: (u) => {
        plot.current = u;
        const line = document.createElement('div');
        line.className = 'chart-playhead';
        line.dataset.testid = 'chart-playhead';
        u.over.appendChild(line);
        playhead.current = line;
        const onClick = (e: MouseEvent) => seekRef.current(u.posToVal(e.offsetX, 'x') * 1000);
        u.over.addEventListener('click', onClick);
        return () => {
          u.over.removeEventListener('click', onClick);
          plot.current = null;
          playhead.current = null;
        };
      },
    }),
    [series, analysis, spec, seekRef],
  );
  const holder = useUplot(chart);

  useEffect(() => {
    const u = plot.current,
      line = playhead.current;
    if (!u || !line) return;
    const left = u.valToPos(timeMs / 1000, 'x');
    line.style.transform = `translateX(${left}px)`;
    line.dataset.timeS = (timeMs / 1000).toFixed(3);
  });

  return (
    <figure className="gait-chart" data-testid={`chart-${spec.id}`}>
      <figcaption>{spec.title}</figcaption>
      <div
        ref={holder}
        role="img"
        aria-label={`${spec.title} over time, left and right legs; click to go to that moment`}
      />
    </figure>
  );
}

function ChartLegend() {
  return (
    <p className="chart-legend muted">
      <span>
        <i className="swatch line" style={{ background: LEG_COLOURS.left }} /> left foot contact
      </span>
      <span>
        <i className="swatch line" style={{ background: LEG_COLOURS.right }} /> right foot contact
      </span>
      {(Object.keys(SEGMENT_LABELS) as Array<keyof typeof SEGMENT_LABELS>).map((d) => (
        <span key={d}>
          <i className="swatch" style={{ background: SEGMENT_COLOURS[d] }} /> {SEGMENT_LABELS[d]}
        </span>
      ))}
    </p>
  );
}
