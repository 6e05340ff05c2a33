import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ProgressPoint } from '../../../shared/progress/types';
import type { LineChartData } from './chart-data';
import { bestsPlugin, hoverLabelPlugin, zeroLinePlugin } from './chart-plugins';
import { timeRange, valueRange } from './chart-scales';
import type { ChartTheme } from './chart-theme';

interface Props {
  data: LineChartData;
  theme: ChartTheme;
  height: number;
  /** Fixed width in px (the printed report); by default the chart fills its box. */
  width?: number;
  /** Clicking a session's point. */
  onPick?: (session: ProgressPoint) => void;
}

/** One metric over dates (uPlot): a line per leg or one line, points per session, stars on personal bests. */
export function ProgressChart({ data, theme, height, width, onPick }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const widthNow = () => width ?? Math.max(240, el.clientWidth);
    const axis = { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid } };
    const u = new uPlot({
      width: widthNow(),
      height,
      cursor: { drag: { x: false, y: false }, sync: { key: 'progress-charts' }, points: { size: 9 } },
      legend: { show: false },
      scales: {
        x: { time: true, range: (_u, min, max) => timeRange(min, max) },
        y: { range: (_u, min, max) => data.yRange ?? valueRange(min, max, data.zeroLine) },
      },
      axes: [
        { ...axis, space: 70 },
        { ...axis, size: 52 },
      ],
      series: [
        { label: 'Date' },
        ...data.lines.map((line) => ({
          label: line.label,
          stroke: line.colour,
          width: 2,
          spanGaps: true,
          // uPlot shows the points while they have room (a few dozen sessions), then only the line
          points: { size: 7, fill: line.colour, stroke: line.colour },
        })),
      ],
      plugins: [
        ...(data.zeroLine ? [zeroLinePlugin(theme)] : []),
        bestsPlugin(data, theme),
        hoverLabelPlugin(data),
      ],
    }, [data.x, ...data.lines.map((l) => l.values)] as uPlot.AlignedData, el);
    const onClick = () => {
      const i = u.cursor.idx;
      if (i !== null && i !== undefined && pickRef.current) pickRef.current(data.sessions[i]);
    };
    u.over.addEventListener('click', onClick);
    const resize = width === undefined ? new ResizeObserver(() => u.setSize({ width: widthNow(), height })) : null;
    resize?.observe(el);
    return () => {
      resize?.disconnect();
      u.over.removeEventListener('click', onClick);
      u.destroy();
    };
  }, [data, theme, height, width]);

  const described = data.lines.map((l) => l.label.toLowerCase()).join(' and ');
  return (
    <figure
      className={`progress-chart${onPick ? ' pickable' : ''}`}
      data-testid={`progress-chart-${data.id}`}
      data-points={data.points}
      data-bests={data.bests}
    >
      <figcaption>{data.title}</figcaption>
      <div ref={holder} role="img" aria-label={`${data.title} over dates: ${described}; ${data.points} values, ${data.bests} personal bests starred`} />
      {data.lines.length > 1 && (
        <p className="progress-legend">
          {data.lines.map((l) => (
            <span key={l.metric}><i className="swatch line" style={{ background: l.colour }} /> {l.label}</span>
          ))}
        </p>
      )}
    </figure>
  );
}
