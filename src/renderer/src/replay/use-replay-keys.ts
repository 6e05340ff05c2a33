import { useEffect, useRef } from 'react';

interface Keys {
  togglePlay: () => void;
  frameStep: (delta: number) => void;
}

/** Space plays/pauses, ← → step one frame; not while typing or choosing in a form control. */
export function useReplayKeys(keys: Keys): void {
  const ref = useRef(keys);
  ref.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      const tag = target?.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target?.isContentEditable) return;
      if (e.key === ' ') {
        if (tag === 'BUTTON') return; // Space activates the focused button
        e.preventDefault();
        ref.current.togglePlay();
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        ref.current.frameStep(e.key === 'ArrowLeft' ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
