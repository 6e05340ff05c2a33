import { useEffect, useEffectEvent } from 'react';

interface Keys {
  togglePlay: () => void;
  frameStep: (delta: number) => void;
}

/** Inputs that take typed text (or a typed number or date): their keys are the typing's. */
const TYPED = new Set([
  'text',
  'search',
  'number',
  'email',
  'url',
  'tel',
  'password',
  'date',
  'datetime-local',
  'time',
]);

function takesTyping(target: HTMLElement | null): boolean {
  if (!target) return false;
  if (target.tagName === 'TEXTAREA' || target.isContentEditable) return true;
  return target.tagName === 'INPUT' && TYPED.has((target as HTMLInputElement).type);
}

/**
 * Space plays/pauses, ← → step one frame, whatever was clicked last (a step row, a peak button, the
 * speed list): only typing in a text field keeps its keys. A focused control is let go first, so
 * Space does not also press it (a step row's button would seek back to its step).
 */
export function useReplayKeys(keys: Keys): void {
  // the latest render's actions, without subscribing again on every render
  const onKey = useEffectEvent((e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (takesTyping(target)) return;
    if (e.key !== ' ' && e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    if (target && target !== document.body) target.blur();
    if (e.key === ' ') keys.togglePlay();
    else keys.frameStep(e.key === 'ArrowLeft' ? -1 : 1);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
