/**
 * The y axis of every knee-flexion chart: a knee's whole range, the same on every screen, so
 * charts compare at a glance (docs/metrics.md, "Per-frame numbers": + = flexion, 0° = straight,
 * − = hyperextension, down to −15°; flexion is plotted up to 140°).
 */
import type uPlot from 'uplot';

export const KNEE_FLEXION_RANGE: [number, number] = [-15, 140];

/** Says what the sign means, for chart captions. */
export const KNEE_FLEXION_SIGN = '0° = straight leg, + = bent (flexion), − = bent backward (hyperextension)';

/** uPlot's y scale fixed to the knee's range. */
export const kneeFlexionScale: uPlot.Scale = { range: KNEE_FLEXION_RANGE };

/** Writes the y range uPlot drew onto the chart's figure (data-y-min / data-y-max), for tests. */
export function yRangeMarker(): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const figure = u.root.closest('figure');
          if (!figure) return;
          figure.dataset.yMin = String(u.scales.y.min);
          figure.dataset.yMax = String(u.scales.y.max);
        },
      ],
    },
  };
}
