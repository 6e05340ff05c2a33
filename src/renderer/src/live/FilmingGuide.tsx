import type { FramingCheck, FramingItem } from '../../../shared/hands-free/framing';

const TIPS = [
  'Camera at hip height, on a tripod',
  'Side view: walk across the picture',
  '3–5 m away, the whole body in view',
  'Good, even light; no window behind',
  'Nobody else in the picture',
];

const CHECKS: { item: FramingItem; label: string }[] = [
  { item: 'one-person', label: 'One person' },
  { item: 'whole-body', label: 'Whole body' },
  { item: 'side-on', label: 'Side-on' },
  { item: 'distance', label: 'Size in the picture' },
];

interface Props {
  /** The latest frame's check (null: no picture measured yet). */
  framing: FramingCheck | null;
  onDone: () => void;
}

/**
 * How to film, and a live check of the picture that turns green when it is right. A panel beside
 * the picture, not a dialog: everything else on the screen stays usable while it is open.
 */
export function FilmingGuide({ framing, onDone }: Props) {
  return (
    <section className="card filming-guide" data-testid="filming-guide" aria-labelledby="filming-guide-title">
      <h2 id="filming-guide-title">Filming tips</h2>
      <ul className="filming-tips">
        {TIPS.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <h3>Live check</h3>
      <ul className="framing-checks" data-testid="framing-checks" data-ok={framing?.ok ? 'true' : 'false'}>
        {CHECKS.map(({ item, label }) => {
          const result = framing?.[item];
          const ok = result?.ok ?? false;
          return (
            <li key={item} className={ok ? 'ok' : 'not-ok'} data-testid={`framing-${item}`} data-ok={String(ok)}>
              <span className="mark" aria-hidden="true">
                {ok ? '✓' : '✗'}
              </span>
              <strong>{label}</strong>
              <span className="why" title={result?.reason}>
                {result?.reason ?? 'waiting for the picture'}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="framing-verdict-row">
        <p className={`framing-verdict ${framing?.ok ? 'ok' : 'not-ok'}`} role="status">
          {framing?.ok ? 'The picture is right.' : 'Not right yet.'}
        </p>
        <button type="button" data-testid="filming-guide-done" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
