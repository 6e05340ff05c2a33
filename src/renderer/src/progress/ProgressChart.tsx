import { useMemo } from 'react';
import { metricSide } from '../../../shared/progress/metrics';
import type uPlot from 'uplot';
import type { ProgressPoint } from '../../../shared/progress/types';
import { useLatest } from '../app/use-latest';
import type { ChartLine, LineChartData } from './chart-data';
import { bestsPlugin, hoverLabelPlugin, zeroLinePlugin } from './chart-plugins';
import { extent, timeRange, valueRange } from './chart-scales';
import { showXRange } from './chart-plugins';
import { overDates, type ChartTheme } from '../charts/chart-theme';
import { useUplot, type UplotChart } from '../charts/use-uplot';
import { LegendKey } from '../charts/LegendKey';

interface Props {
  data: LineChartData;
  theme: ChartTheme;
  height: number;
  /** Fixed width in px (the printed report); by default the chart fills its box. */
  width?: number;
  /** Clicking a session's point. */
  onPick?: (session: ProgressPoint) => void;
}

/** A leg's line pattern in this theme (dashed right leg on paper); whole-body lines are solid. */
function dashOf(theme: ChartTheme, metric: ChartLine['metric']): number[] | null {
  const side = metricSide(metric);
  return side ? theme.legDash[side] : null;
}

/** One metric over dates (uPlot): a line per leg or one line, points per session, stars on personal bests. */
export function ProgressChart({ data, theme, height, width, onPick }: Props) {
  // the chart is made once per data: its clicks pick through the latest render's onPick
  const pickRef = useLatest(onPick);

  const chart = useMemo(
    (): UplotChart => ({
      height,
      width,
      options: overDates(theme, {
        cursor: { drag: { x: false, y: false }, sync: { key: 'progress-charts' }, points: { size: 9 } },
        scales: {
          // from the sessions' own dates: uPlot widens a single date to 1,000 days
          x: { time: true, range: () => timeRange(...extent(data.x)) },
          y: { range: (_u, min, max) => data.yRange ?? valueRange(min, max, data.zeroLine) },
        },
        series: [
          { label: 'Date' },
          ...data.lines.map((line) => ({
            label: line.label,
            stroke: line.colour,
            width: 2,
            dash: dashOf(theme, line.metric) ?? undefined,
            spanGaps: true,
            // uPlot shows the points while they have room (a few dozen sessions), then only the line
            points: { size: 7, fill: line.colour, stroke: line.colour },
          })),
        ],
        plugins: [
          ...(data.zeroLine ? [zeroLinePlugin(theme)] : []),
          bestsPlugin(data, theme),
          hoverLabelPlugin(data),
          showXRange(),
        ],
      }),
      data: [data.x, ...data.lines.map((l) => l.values)] as uPlot.AlignedData,
      attach: (u) => {
        const onClick = () => {
          const i = u.cursor.idx;
          if (i !== null && i !== undefined && pickRef.current) pickRef.current(data.sessions[i]);
        };
        u.over.addEventListener('click', onClick);
        return () => u.over.removeEventListener('click', onClick);
      },
    }),
    [data, theme, height, width, pickRef],
  );
  const holder = useUplot(chart);

  const described = data.lines.map((l) => l.label.toLowerCase()).join(' and ');
  return (
    <figure
      className={`progress-chart${onPick ? ' pickable' : ''}`}
      data-testid={`progress-chart-${data.id}`}
      data-points={data.points}
      data-bests={data.bests}
      data-best-sessions={data.lines.flatMap((l) => l.bestIndices.map((i) => data.sessions[i].sessionId)).join(' ')}
    >
      <figcaption>
        {data.title}
        <span className="chart-meaning">{data.meaning}</span>
      </figcaption>
      <div
        ref={holder}
        role="img"
        aria-label={`${data.title} over dates: ${described}; ${data.points} values, ${data.bests} personal bests starred`}
      />
      {data.lines.length > 1 && (
        <p className="progress-legend">
          {data.lines.map((l) => (
            <span key={l.metric}>
              <LegendKey colour={l.colour} dash={dashOf(theme, l.metric)} /> {l.label}
              {dashOf(theme, l.metric) ? ' (dashed)' : ''}
            </span>
          ))}
        </p>
      )}
    </figure>
  );
}
