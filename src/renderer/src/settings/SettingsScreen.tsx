import { useState } from 'react';
import type { AppInfo, ModelName, Settings } from '../../../shared/api';
import type { EngineState } from '../app/use-pose-engine';
import { CameraPicker } from '../live/CameraPicker';
import { useVideoInputs } from '../live/use-video-inputs';
import { Notice } from '../app/Notice';
import { BackupPanel } from './BackupPanel';
import { CoachingPanel } from './CoachingPanel';
import { UnitsChoice } from '../units/UnitsChoice';
import { messageOf } from '../api/errors';

interface Props {
  settings: Settings;
  info: AppInfo | null;
  engineState: EngineState;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
}

export function SettingsScreen({ settings, info, engineState, updateSettings }: Props) {
  const devices = useVideoInputs(null);
  const [error, setError] = useState<string | null>(null);
  const save = (patch: Partial<Settings>): void => {
    setError(null);
    updateSettings(patch).catch((e: unknown) => setError(messageOf(e)));
  };
  const timings = Object.entries(settings.backendTimings ?? {}).sort((a, b) => a[1] - b[1]);

  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {error && <Notice kind="error">Not saved: {error}</Notice>}

      <div className="setting">
        <label htmlFor="live-model">Live model</label>
        <select
          id="live-model"
          value={settings.liveModel}
          onChange={(e) => save({ liveModel: e.target.value as ModelName })}
        >
          <option value="lightning">Lightning (fastest, recommended)</option>
          <option value="thunder">Thunder (more accurate, about 3× slower)</option>
        </select>
      </div>

      <div className="setting">
        <span className="label" id="backend-label">
          Backend
        </span>
        <p aria-labelledby="backend-label">
          <strong data-testid="settings-backend">{engineState.backend}</strong>
          {engineState.measuring && (
            <span data-testid="backend-measuring">
              {' '}
              — the default while the backends are timed in the background; the fastest is kept
            </span>
          )}
        </p>
        {engineState.measureError && (
          <p className="error" role="alert">
            {engineState.measureError}
          </p>
        )}
        {timings.length > 0 && (
          <p className="muted">
            Measured: {timings.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms/frame`).join(', ')}
          </p>
        )}
        <button
          type="button"
          onClick={() => save({ backend: null, backendTimings: null })}
          disabled={engineState.measuring}
        >
          Measure again
        </button>
      </div>

      <div className="setting">
        <UnitsChoice units={settings.units} save={save} />
      </div>

      <div className="setting">
        <CameraPicker
          id="settings-camera"
          devices={devices}
          value={settings.cameraId}
          onChange={(cameraId) => save({ cameraId })}
        />
      </div>

      <div className="setting">
        <CoachingPanel settings={settings} save={save} />
      </div>

      <div className="setting">
        <span className="label">Filming guide</span>
        <p className="muted">How to place the camera, with a live check of the picture, on the Live screen.</p>
        <button
          type="button"
          data-testid="show-filming-guide"
          disabled={!settings.guideSeen}
          onClick={() => save({ guideSeen: false })}
        >
          {settings.guideSeen ? 'Show the filming guide again' : 'The Live screen shows the filming guide'}
        </button>
      </div>

      <div className="setting">
        <span className="label">Data folder</span>
        <p>
          <code data-testid="data-dir">{info?.dataDir ?? '…'}</code>
        </p>
        <p className="muted">
          Sessions and videos are stored here. Set the RETROWALK_DATA_DIR environment variable before starting the app
          to use another folder.
        </p>
      </div>

      <div className="setting">
        <BackupPanel />
      </div>

      {info && (
        <p className="muted">
          Retrowalk {info.version}, {info.mode === 'electron' ? 'desktop app' : 'browser mode'}.
        </p>
      )}
    </section>
  );
}
