import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { SessionSummary } from '../../../shared/api';
import type { RecorderNotice, TakeInputs } from './recording-controller';
import { RecordingController } from './recording-controller';
import type { RecorderState } from './recorder-state';

export interface Recording {
  controller: RecordingController;
  state: RecorderState;
  notice: RecorderNotice | null;
}

/** One RecordingController for the live screen, with its state as React state. */
export function useRecording(inputs: () => TakeInputs, onSaved: (summary: SessionSummary) => void): Recording {
  // The controller lives as long as the screen; it reads the latest inputs and callback.
  const [controller] = useState(() => new RecordingController());
  useLayoutEffect(() => controller.connect(inputs, onSaved), [controller, inputs, onSaved]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const notice = useSyncExternalStore(controller.subscribe, controller.getNotice);

  // Leaving the screen mid-recording closes the session with what was saved.
  useEffect(
    () => () => controller.abort('The recording was stopped because the live screen was closed.'),
    [controller],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'r' && e.key !== 'R') return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTyping(e.target)) return;
      e.preventDefault();
      controller.toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller]);

  return { controller, state, notice };
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}
