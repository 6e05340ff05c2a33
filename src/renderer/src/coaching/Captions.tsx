import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { CaptionLog } from './captions';

/** The coach's cues as text, newest last, in a polite live region so screen readers say them too. */
export function Captions({ log }: { log: CaptionLog }) {
  const captions = useSyncExternalStore(log.subscribe, log.getCaptions);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (box) box.scrollTop = box.scrollHeight; // the newest stays in sight
  }, [captions]);
  return (
    <div
      ref={ref}
      className="coach-captions"
      data-testid="coach-captions"
      aria-live="polite"
      aria-label="Coaching cues"
    >
      {captions.map((c) => (
        <p key={c.id} data-testid="caption" data-kind={c.kind}>
          {c.text}
        </p>
      ))}
    </div>
  );
}
