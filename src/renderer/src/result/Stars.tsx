/** Kids mode: a big star for each step whose knee went past the toes (the stored steps). */
const MAX_SHOWN = 30;

export function Stars({ count, label }: { count: number; label: string }) {
  return (
    <div className="result-stars" data-testid="result-stars" data-count={count}>
      <p className="stars" aria-hidden="true">
        {'★'.repeat(Math.min(count, MAX_SHOWN))}
        {count > MAX_SHOWN && <span className="more">+{count - MAX_SHOWN}</span>}
        {count === 0 && <span className="none">☆</span>}
      </p>
      <p className="stars-label">{label}</p>
    </div>
  );
}
