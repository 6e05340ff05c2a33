import { useEffect, useState } from 'react';
import type { Recording } from './use-recording';

/** Record / Stop button (shortcut R; Space when focused), the countdown and the recording indicator. */
export function RecordControls({ recording, disabledReason }: { recording: Recording; disabledReason: string | null }) {
  const { controller, state, notice } = recording;
  const label = {
    idle: 'Record',
    countdown: 'Cancel',
    starting: 'Starting…',
    recording: 'Stop',
    stopping: 'Saving…',
  }[state.phase];
  const busy = state.phase === 'starting' || state.phase === 'stopping';
  const disabled = busy || (state.phase === 'idle' && disabledReason !== null);

  return (
    <div className="record-controls">
      <button
        type="button"
        data-testid="record-button"
        className={`record-button phase-${state.phase}`}
        onClick={() => controller.toggle()}
        disabled={disabled}
        aria-keyshortcuts="R"
        title={state.phase === 'idle' ? (disabledReason ?? 'Record a walk (shortcut: R)') : undefined}
      >
        <span className="record-symbol" aria-hidden="true" />
        {label}
      </button>
      {state.phase === 'recording' && <RecordingIndicator startedAt={state.startedAt} />}
      {state.phase === 'idle' && disabledReason && <p className="hint">{disabledReason}</p>}
      {notice && (
        <div
          className={`notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="record-notice"
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="dismiss"
            aria-label="Dismiss message"
            onClick={() => controller.dismissNotice()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}

function RecordingIndicator({ startedAt }: { startedAt: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <span className="recording-indicator" data-testid="recording-indicator" role="status">
      <span className="rec-dot" aria-hidden="true" /> Recording {Math.floor(seconds / 60)}:
      {String(seconds % 60).padStart(2, '0')}
    </span>
  );
}

/** The big 3-2-1 over the video. */
export function Countdown({ recording }: { recording: Recording }) {
  if (recording.state.phase !== 'countdown') return null;
  return (
    <div className="countdown" role="status" aria-live="assertive" data-testid="countdown">
      {recording.state.remaining}
    </div>
  );
}
