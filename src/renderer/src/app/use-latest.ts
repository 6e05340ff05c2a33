import { useLayoutEffect, useRef } from 'react';

/**
 * A ref holding the latest render's `value`, for callbacks made once (a chart's click handler, a
 * video's frame callback) that must see the current props rather than those they were made with.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}
