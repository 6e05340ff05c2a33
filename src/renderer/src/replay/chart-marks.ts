/**
 * uPlot plugin drawing the gait module's direction segments (shaded behind the lines) and foot
 * contacts (vertical lines, coloured by leg) on a chart whose x axis is seconds.
 */
import type uPlot from 'uplot';
import type { DirectionSegment, GaitEvent, WalkDirection } from '../../../shared/gait';
import { LEG_COLOURS } from '../charts/chart-theme';

export const SEGMENT_COLOURS: Partial<Record<WalkDirection, string>> = {
  backward: 'rgba(123, 211, 137, 0.14)',
  forward: 'rgba(94, 176, 239, 0.14)',
  turning: 'rgba(242, 201, 76, 0.14)',
  standing: 'rgba(154, 163, 178, 0.12)',
};

export function marksPlugin(
  segments: readonly DirectionSegment[],
  events: readonly GaitEvent[],
  zeroLine: boolean,
): uPlot.Plugin {
  const x = (u: uPlot, s: number) => u.valToPos(s, 'x', true);
  return {
    hooks: {
      drawClear: [
        (u) => {
          const { ctx, bbox } = u;
          ctx.save();
          for (const seg of segments) {
            const colour = SEGMENT_COLOURS[seg.direction];
            if (!colour) continue;
            const left = Math.max(bbox.left, x(u, seg.start_s));
            const right = Math.min(bbox.left + bbox.width, x(u, seg.end_s));
            if (right <= left) continue;
            ctx.fillStyle = colour;
            ctx.fillRect(left, bbox.top, right - left, bbox.height);
          }
          ctx.restore();
        },
      ],
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          ctx.save();
          ctx.lineWidth = Math.max(1, devicePixelRatio);
          if (zeroLine) {
            const y = u.valToPos(0, 'y', true);
            if (y >= bbox.top && y <= bbox.top + bbox.height) {
              ctx.strokeStyle = 'rgba(231, 233, 238, 0.35)';
              ctx.beginPath();
              ctx.moveTo(bbox.left, y);
              ctx.lineTo(bbox.left + bbox.width, y);
              ctx.stroke();
            }
          }
          for (const e of events) {
            if (e.kind !== 'contact') continue;
            const px = x(u, e.t_s);
            if (px < bbox.left || px > bbox.left + bbox.width) continue;
            ctx.strokeStyle = LEG_COLOURS[e.side];
            ctx.globalAlpha = e.inferred ? 0.4 : 0.85;
            ctx.setLineDash(e.inferred ? [4, 4] : []);
            ctx.beginPath();
            ctx.moveTo(px, bbox.top);
            ctx.lineTo(px, bbox.top + bbox.height);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    },
  };
}
