/**
 * uPlot plugins of the progress charts: a 0 line, a star on each personal best, and a hover label
 * naming the session under the cursor (its date or title, variant, values, "personal best").
 */
import type uPlot from 'uplot';
import type { ChartTheme } from '../charts/chart-theme';
import { pointLabel, type LineChartData } from './chart-data';
import { VARIANT_LABELS } from './variants';

export function zeroLinePlugin(theme: ChartTheme): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          const y = u.valToPos(0, 'y', true);
          if (y < bbox.top || y > bbox.top + bbox.height) return;
          ctx.save();
          ctx.strokeStyle = theme.zero;
          ctx.lineWidth = Math.max(1, devicePixelRatio);
          ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
          ctx.beginPath();
          ctx.moveTo(bbox.left, y);
          ctx.lineTo(bbox.left + bbox.width, y);
          ctx.stroke();
          ctx.restore();
        },
      ],
    },
  };
}

function star(ctx: CanvasRenderingContext2D, cx: number, cy: number, outer: number): void {
  const inner = outer * 0.45;
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  ctx.closePath();
}

/** Draws a star over each line's personal bests, one per variant (series i + 1 is data.lines[i]). */
export function bestsPlugin(data: LineChartData, theme: ChartTheme): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx } = u;
          ctx.save();
          data.lines.forEach((line, i) => {
            if (!u.series[i + 1].show) return;
            for (const at of line.bestIndices) {
              const value = line.values[at];
              if (value === null) continue;
              star(ctx, u.valToPos(data.x[at], 'x', true), u.valToPos(value, 'y', true), 9 * devicePixelRatio);
              ctx.fillStyle = theme.bestFill;
              ctx.strokeStyle = line.colour;
              ctx.lineWidth = 2 * devicePixelRatio;
              ctx.fill();
              ctx.stroke();
            }
          });
          ctx.restore();
        },
      ],
    },
  };
}

/** The hover label: a small box in the plot area following the cursor's session. */
export function hoverLabelPlugin(data: LineChartData): uPlot.Plugin {
  let box: HTMLDivElement | null = null;
  // the cursor is synced across the charts, the label only shows on the chart under the mouse
  let hovered = false;
  return {
    hooks: {
      init: [
        (u) => {
          box = document.createElement('div');
          box.className = 'progress-hover';
          box.dataset.testid = 'progress-hover';
          box.hidden = true;
          u.over.appendChild(box);
          u.over.addEventListener('mouseenter', () => {
            hovered = true;
          });
          u.over.addEventListener('mouseleave', () => {
            hovered = false;
            if (box) box.hidden = true;
          });
        },
      ],
      setCursor: [
        (u) => {
          if (!box) return;
          const i = u.cursor.idx;
          if (!hovered || i === null || i === undefined || u.cursor.left === undefined || u.cursor.left < 0) {
            box.hidden = true;
            return;
          }
          const session = data.sessions[i];
          const title = document.createElement('strong');
          title.textContent = pointLabel(session);
          const rows = data.lines.map((line) => {
            const row = document.createElement('div');
            const best = line.bestIndices.includes(i)
              ? ` ★ personal best (${VARIANT_LABELS[session.variant].toLowerCase()})`
              : '';
            row.textContent = `${line.label}: ${line.texts[i]}${best}`;
            return row;
          });
          box.replaceChildren(title, ...rows);
          box.hidden = false;
          const left = u.valToPos(data.x[i], 'x');
          const flip = left > u.over.clientWidth / 2;
          box.style.left = flip ? '' : `${left + 12}px`;
          box.style.right = flip ? `${u.over.clientWidth - left + 12}px` : '';
        },
      ],
    },
  };
}

/**
 * Writes the date axis' drawn range (unix s) on the chart's figure as data-x-min / data-x-max, so a
 * test (or a curious user's devtools) reads what the axis really spans.
 */
export function showXRange(): uPlot.Plugin {
  const write = (u: uPlot) => {
    const figure = u.root.closest('figure');
    const { min, max } = u.scales.x;
    if (!figure || min == null || max == null) return;
    figure.dataset.xMin = String(min);
    figure.dataset.xMax = String(max);
  };
  return {
    hooks: {
      ready: [write],
      setScale: [
        (u, key) => {
          if (key === 'x') write(u);
        },
      ],
    },
  };
}
