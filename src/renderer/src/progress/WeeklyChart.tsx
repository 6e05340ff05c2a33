import { useMemo } from 'react';
import uPlot from 'uplot';
import { overDates, type ChartTheme } from '../charts/chart-theme';
import type { WeeklyChartData } from './chart-data';
import { showXRange } from './chart-plugins';
import { extent, weeksRange } from './chart-scales';
import { useUplot, type UplotChart } from '../charts/use-uplot';

interface Props {
  data: WeeklyChartData;
  theme: ChartTheme;
  height: number;
  width?: number;
}

/** Time walked backward per week, one bar per week (uPlot's bar paths). */
export function WeeklyChart({ data, theme, height, width }: Props) {
  const chart = useMemo(
    (): UplotChart => ({
      height,
      width,
      options: overDates(theme, {
        cursor: { drag: { x: false, y: false }, points: { show: false } },
        scales: {
          // half a week of room either side, so the first and last bars are whole (from the weeks' own
          // dates: uPlot widens a single date to 1,000 days)
          x: { time: true, range: () => weeksRange(...extent(data.x)) },
          y: { range: (_u, _min, max) => [0, Math.max(1, (max ?? 0) * 1.15)] },
        },
        series: [
          { label: 'Week' },
          {
            label: 'Time walked backward',
            stroke: theme.bar,
            fill: theme.bar,
            width: 1,
            paths: uPlot.paths.bars!({ size: [0.7, 48], align: 0 }),
            points: { show: false },
          },
        ],
        plugins: [showXRange()],
      }),
      data: [data.x, data.values] as uPlot.AlignedData,
    }),
    [data, theme, height, width],
  );
  const holder = useUplot(chart);

  const title = `Time walked backward per week (${data.unit === 'min' ? 'minutes' : 'seconds'})`;
  return (
    <figure
      className="progress-chart"
      data-testid="progress-chart-weekly"
      data-points={data.points}
      data-weeks={data.weeks.map((w) => w.weekStart).join(' ')}
    >
      <figcaption>{title}</figcaption>
      <div
        ref={holder}
        role="img"
        aria-label={`${title}: ${data.weeks.map((w) => `week of ${w.weekStart}, ${(data.unit === 'min' ? w.backwardS / 60 : w.backwardS).toFixed(1)} ${data.unit}`).join('; ')}`}
      />
    </figure>
  );
}
