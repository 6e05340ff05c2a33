import { useEffect, useRef, type RefObject } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A uPlot chart to mount: what it draws and how wide it is. */
export interface UplotChart {
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height: number;
  /** Fixed width in px (paper); by default the chart fills its holder and follows its resizes. */
  width?: number;
  /** The narrowest a chart that fills its holder gets, in px. */
  minWidth?: number;
  /** Wires the made chart up (click handlers, overlays); returns how to undo that. */
  attach?: (u: uPlot) => () => void;
}

/**
 * Mounts a uPlot chart in the returned holder's element, and remakes it whenever `chart` changes
 * (memoise it). The chart is destroyed on unmount.
 */
export function useUplot(chart: UplotChart): RefObject<HTMLDivElement | null> {
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const { width, height, minWidth = 240 } = chart;
    const widthNow = () => width ?? Math.max(minWidth, el.clientWidth);
    const u = new uPlot({ ...chart.options, width: widthNow(), height }, chart.data, el);
    const detach = chart.attach?.(u);
    const resize = width === undefined ? new ResizeObserver(() => u.setSize({ width: widthNow(), height })) : null;
    resize?.observe(el);
    return () => {
      resize?.disconnect();
      detach?.();
      u.destroy();
    };
  }, [chart]);

  return holder;
}
