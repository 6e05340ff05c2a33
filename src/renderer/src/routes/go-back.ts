import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * "← Back": through history to the screen this one was opened from, or to `fallback` when the page
 * was opened on it (a deep link, a fresh window: history has nothing of the app before it).
 */
export function useGoBack(fallback: string): () => void {
  const { key } = useLocation();
  const navigate = useNavigate();
  // the router names the location a page opened on 'default'; every later one has a key of its own
  const openedHere = key === 'default';
  return useCallback(
    () => void (openedHere ? navigate(fallback, { replace: true }) : navigate(-1)),
    [openedHere, fallback, navigate],
  );
}
