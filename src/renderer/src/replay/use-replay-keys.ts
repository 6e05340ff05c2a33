import { useEffect, useEffectEvent } from 'react';

interface Keys {
  togglePlay: () => void;
  frameStep: (delta: number) => void;
}

/** Space plays/pauses, ← → step one frame; not while typing or choosing in a form control. */
export function useReplayKeys(keys: Keys): void {
  // the latest render's actions, without subscribing again on every render
  const onKey = useEffectEvent((e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    const tag = target?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target?.isContentEditable) return;
    if (e.key === ' ') {
      if (tag === 'BUTTON') return; // Space activates the focused button
      e.preventDefault();
      keys.togglePlay();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      keys.frameStep(e.key === 'ArrowLeft' ? -1 : 1);
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
