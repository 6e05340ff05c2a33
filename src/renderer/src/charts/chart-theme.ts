import type uPlot from 'uplot';

/** Each leg's colour wherever a leg is drawn (charts, overlay); the CSS has them as --left and --right. */
export const LEG_COLOURS = { left: '#f5a524', right: '#3fb6f2' } as const;

/** Colours of the progress charts: the app's dark screen, or paper for the printed report. */
export interface ChartTheme {
  axis: string;
  grid: string;
  zero: string;
  /** Fill inside the personal-best marker's ring. */
  bestFill: string;
  bestRing: string;
  bar: string;
  /** Each leg's dash pattern (null: solid): on paper the right leg is dashed, so the legs part in grey too. */
  legDash: Record<'left' | 'right', number[] | null>;
}

export const DARK_THEME: ChartTheme = {
  axis: '#9aa3b2',
  grid: '#2e3542',
  zero: 'rgba(231, 233, 238, 0.45)',
  bestFill: '#ffd54a',
  bestRing: '#14171c',
  bar: '#7bd389',
  legDash: { left: null, right: null },
};

export const PAPER_THEME: ChartTheme = {
  axis: '#3b4350',
  grid: '#dfe3ea',
  zero: 'rgba(20, 23, 28, 0.5)',
  bestFill: '#e0a800',
  bestRing: '#14171c',
  bar: '#3d9a50',
  legDash: { left: null, right: [6, 3] },
};

/** A uPlot axis in the theme's colours: its labels, grid and ticks. */
export function axisStyle(theme: ChartTheme) {
  return { stroke: theme.axis, grid: { stroke: theme.grid }, ticks: { stroke: theme.grid } };
}

/** What the progress charts over dates share: the theme's axes (dates along x, values up y), no uPlot legend (the figure has its own). */
export function overDates(
  theme: ChartTheme,
  options: Omit<uPlot.Options, 'width' | 'height' | 'axes' | 'legend'>,
): Omit<uPlot.Options, 'width' | 'height'> {
  const axis = axisStyle(theme);
  return {
    ...options,
    legend: { show: false },
    axes: [
      { ...axis, space: 70 },
      { ...axis, size: 52 },
    ],
  };
}
