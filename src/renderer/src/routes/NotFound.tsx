import { Link } from 'react-router';
import { paths } from './paths';

interface Props {
  /** What the address names, e.g. "Session 12"; left out: the address itself is unknown. */
  what?: string;
  /** Where to go instead. */
  back?: { to: string; label: string };
}

/** An address that names no screen, or a session or person that does not exist (any more). */
export function NotFound({ what, back = { to: paths.live, label: 'Live' } }: Props) {
  return (
    <section className="not-found" aria-labelledby="not-found-title" data-testid="not-found">
      <h1 id="not-found-title">Not found</h1>
      <p role="alert">
        {what
          ? `${what} does not exist: it may have been deleted for good.`
          : 'This address names no screen of Retrowalk.'}
      </p>
      <p>
        <Link to={back.to} data-testid="not-found-back">
          ← {back.label}
        </Link>
      </p>
    </section>
  );
}
