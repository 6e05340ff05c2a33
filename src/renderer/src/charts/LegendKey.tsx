/**
 * A chart legend's key drawn as SVG strokes and fills, which print (a CSS background does not when
 * the print dialog's "background graphics" is off, and then the key would vanish from the paper).
 */
interface Props {
  colour: string;
  /** A line (a leg's curve) or a shaded area (a direction). */
  kind?: 'line' | 'area';
  /** The line's dash pattern, as the chart draws it (a dashed right leg tells the legs apart in grey). */
  dash?: readonly number[] | null;
  /** The area's outline, so a pale fill still shows on paper. */
  outline?: string;
}

export function LegendKey({ colour, kind = 'line', dash = null, outline = '#8a93a3' }: Props) {
  return (
    <svg className="legend-key" width="18" height="10" viewBox="0 0 18 10" aria-hidden="true" data-colour={colour}>
      {kind === 'line' ? (
        <line x1="1" y1="5" x2="17" y2="5" stroke={colour} strokeWidth="3" strokeDasharray={dash?.join(' ')} />
      ) : (
        <rect x="1" y="1" width="16" height="8" fill={colour} stroke={outline} strokeWidth="1" />
      )}
    </svg>
  );
}
