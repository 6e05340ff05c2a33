import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import type { Person, SessionSummary, Settings } from '../../../shared/api';
import { createLiveGaitTracker } from '../../../shared/gait';
import { api } from '../api';
import { Coach } from '../coaching/coach';
import type { EngineState } from '../app/use-pose-engine';
import { DistanceView } from '../distance/DistanceView';
import { KidsReadout } from '../distance/KidsReadout';
import { Countdown, RecordControls } from '../recording/RecordControls';
import type { TakeInputs } from '../recording/recording-controller';
import { useRecording } from '../recording/use-recording';
import { ResultCard } from '../result/ResultCard';
import { CAMERA_UNPLUGGED } from './camera-errors';
import { CameraPicker } from './CameraPicker';
import { FilmingGuide } from './FilmingGuide';
import { chooseGuidance, GuidanceHold } from './guidance';
import { HandsFree } from './hands-free';
import { HandsFreePanel } from './HandsFreePanel';
import { kneeTargetFor } from './knee-target';
import { outingTag } from './outing';
import { LivePipeline, type LiveView } from './live-pipeline';
import { Readouts } from './Readouts';
import { useCamera } from './use-camera';
import { useVideoInputs } from './use-video-inputs';

interface Props {
  settings: Settings;
  /** Who is filmed: the live lengths use their height, and recordings are theirs. Null: nobody yet ("Me" is created). */
  person: Person | null;
  engineState: EngineState;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  onSaved: (summary: SessionSummary) => void;
  onRecordingChange: (recording: boolean) => void;
}

const EMPTY_VIEW: LiveView = {
  readout: null,
  warnings: [],
  people: 0,
  tracked: false,
  framing: null,
  publishedAt: 0,
  fps: null,
  latencyMs: null,
  error: null,
};

export function LiveScreen({ settings, person, engineState, updateSettings, onSaved, onRecordingChange }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pipelineRef = useRef<LivePipeline | null>(null);
  const [view, setView] = useState<LiveView>(EMPTY_VIEW);
  const [videoSize, setVideoSize] = useState<{ width: number; height: number } | null>(null);

  const camera = useCamera(settings.cameraId);
  const devices = useVideoInputs(camera.stream);
  const engine = engineState.status === 'ready' ? engineState.engine : null;

  const heightCm = person?.heightCm ?? null;
  const takeInputs = useCallback((): TakeInputs => {
    const video = videoRef.current;
    if (!camera.stream || !video || video.videoWidth === 0) return { unavailable: 'No camera picture to record.' };
    const fps = camera.stream.getVideoTracks()[0]?.getSettings().frameRate ?? 30;
    return {
      api,
      stream: camera.stream,
      video: { width: video.videoWidth, height: video.videoHeight, fps },
      model: settings.liveModel,
      personId: person?.id ?? null,
      heightCm,
    };
  }, [camera.stream, settings.liveModel, person?.id, heightCm]);
  const [outing] = useState(() => outingTag(new Date()));
  // every take filmed while hands-free is armed is tagged with this visit's outing
  const onTakeSaved = useCallback(
    (summary: SessionSummary): void => {
      if (!settings.handsFree || summary.tags.includes(outing)) return onSaved(summary);
      api['sessions.update']({ id: summary.id, tags: [...summary.tags, outing] })
        .then(onSaved, () => onSaved(summary))
        .catch(() => undefined);
    },
    [settings.handsFree, outing, onSaved],
  );
  // the answer after every take: its result card, until kept or discarded; hidden while a take runs
  const [resultId, setResultId] = useState<number | null>(null);
  const [distanceView, setDistanceView] = useState(false);
  // the filming guide: on its own until Done is pressed once, then from the "Filming tips" link
  const [tipsOpen, setTipsOpen] = useState(false);
  const guideShown = !settings.guideSeen || tipsOpen;
  const closeGuide = (): void => {
    setTipsOpen(false);
    if (!settings.guideSeen) void updateSettings({ guideSeen: true });
  };
  const showResult = useCallback(
    (summary: SessionSummary) => {
      setResultId(summary.id);
      onTakeSaved(summary);
    },
    [onTakeSaved],
  );
  const recording = useRecording(takeInputs, showResult);
  const phase = recording.state.phase;
  useEffect(() => {
    if (!distanceView) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setDistanceView(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [distanceView]);
  const [coach] = useState(() => new Coach(settings.coaching));
  const [handsFree] = useState(
    () =>
      new HandsFree(recording.controller, coach, settings, kneeTargetFor(person, settings), (line) =>
        window.__retrowalkDebug?.handsFree.push(line),
      ),
  );
  useEffect(() => handsFree.configure(settings, kneeTargetFor(person, settings)), [handsFree, settings, person]);
  useEffect(
    () => () => {
      handsFree.dispose();
      coach.dispose();
    },
    [handsFree, coach],
  );

  useEffect(() => {
    onRecordingChange(phase !== 'idle');
  }, [phase, onRecordingChange]);

  // Camera unplugged (or lost) mid-recording: stop safely, keep what was saved.
  useEffect(() => {
    if (camera.problem !== CAMERA_UNPLUGGED || recording.controller.getState().phase === 'idle') return;
    handsFree.cameraLost();
    recording.controller.abort(`${CAMERA_UNPLUGGED.message} The recording was stopped.`);
  }, [camera.problem, recording.controller, handsFree]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    video.srcObject = camera.stream;
    if (camera.stream) video.play().catch(() => undefined);
  }, [camera.stream]);

  const tracker = useMemo(() => createLiveGaitTracker({ heightCm }), [heightCm]);

  useEffect(() => {
    const video = videoRef.current;
    const canvas = canvasRef.current;
    const track = camera.stream?.getVideoTracks()[0];
    if (!engine || !track || !video || !canvas) return;
    tracker.reset();
    const pipeline = new LivePipeline(video, track, canvas, engine, tracker, recording.controller, setView, (frame) =>
      handsFree.onFrame(frame),
    );
    pipelineRef.current = pipeline;
    return () => {
      pipeline.stop();
      pipelineRef.current = null;
      setView(EMPTY_VIEW);
    };
  }, [engine, camera.stream, tracker, recording.controller, handsFree]);

  const onOverlayClick = (e: MouseEvent<HTMLCanvasElement>): void => {
    const canvas = e.currentTarget;
    const rect = canvas.getBoundingClientRect();
    if (!pipelineRef.current || rect.width === 0) return;
    handsFree.chooseWalker();
    pipelineRef.current.selectPersonAt(
      ((e.clientX - rect.left) / rect.width) * canvas.width,
      ((e.clientY - rect.top) / rect.height) * canvas.height,
    );
  };

  const handsFreeStatus = useSyncExternalStore(handsFree.subscribe, handsFree.getStatus);
  // held a while (GuidanceHold) on the pipeline's clock, so the message does not flicker with each frame
  const [guidanceHold] = useState(() => new GuidanceHold());
  const guidance = useMemo(
    () =>
      guidanceHold.update(
        view.publishedAt,
        chooseGuidance({
          camera: camera.problem ? 'problem' : camera.stream ? 'ready' : 'opening',
          engine: engineState.status === 'failed' ? 'failed' : engine ? 'ready' : 'loading',
          error: view.error,
          warnings: view.warnings,
          tracked: view.tracked,
          framing: view.framing,
          view: view.readout?.view ?? 'unknown',
          handsFree: handsFreeStatus,
        }),
        view.tracked,
      ),
    [guidanceHold, camera.problem, camera.stream, engineState.status, engine, view, handsFreeStatus],
  );
  const cannotRecord = !camera.stream
    ? 'Recording needs a camera.'
    : !engine
      ? 'Recording starts once the pose model is ready.'
      : null;
  // The whole picture stays on screen: the stage's width is capped by the window's height.
  const aspect = videoSize ? videoSize.width / videoSize.height : 4 / 3;
  const columnStyle = { maxWidth: `calc((100vh - 9rem) * ${aspect.toFixed(4)})`, '--aspect': aspect.toFixed(4) };
  const stageStyle = videoSize ? { aspectRatio: `${videoSize.width} / ${videoSize.height}` } : undefined;

  return (
    <div className={`live-screen${distanceView ? ' distance-mode' : ''}`}>
      <div className="stage-column" style={columnStyle}>
        <div className={`stage${view.people > 1 ? ' pickable' : ''}`} style={stageStyle}>
          <video
            ref={videoRef}
            data-testid="live-video"
            muted
            playsInline
            aria-label="Camera picture"
            onLoadedMetadata={(e) =>
              setVideoSize({ width: e.currentTarget.videoWidth, height: e.currentTarget.videoHeight })
            }
          />
          <canvas
            ref={canvasRef}
            data-testid="overlay"
            aria-label="Tracked skeleton; click a person to track them"
            onClick={onOverlayClick}
          />
          <Countdown recording={recording} />
          <div className="stage-messages">
            {camera.problem && (
              <div className="camera-error" role="alert" data-testid="camera-error" data-kind={camera.problem.kind}>
                <p>{camera.problem.message}</p>
                <button type="button" onClick={camera.retry}>
                  Try again
                </button>
              </div>
            )}
            {!camera.problem && !camera.stream && <div className="stage-message">Opening the camera…</div>}
            <EngineMessage state={engineState} />
          </div>
          {resultId !== null && phase === 'idle' && !distanceView && (
            <ResultCard sessionId={resultId} onClose={() => setResultId(null)} />
          )}
        </div>
        {distanceView && (
          <DistanceView
            readout={view.readout}
            person={person}
            recorder={recording.state}
            onExit={() => setDistanceView(false)}
          />
        )}
        <div className="stage-footer">
          <CameraPicker
            devices={devices}
            value={camera.activeId ?? settings.cameraId}
            onChange={(cameraId) => void updateSettings({ cameraId })}
          />
          <span className="stats">
            <span data-testid="fps" data-value={view.fps ?? ''}>
              {view.fps === null ? '—' : view.fps.toFixed(0)} fps
            </span>
            <span data-testid="latency" data-value={view.latencyMs === null ? '' : view.latencyMs.toFixed(1)}>
              {view.latencyMs === null ? '—' : view.latencyMs.toFixed(0)} ms
            </span>
            <span
              data-testid="backend"
              data-value={engineState.backend}
              title="How the pose model runs, and which model"
            >
              {engineState.backend} · {engine?.model ?? settings.liveModel}
            </span>
          </span>
        </div>
      </div>

      <aside className="side-panel">
        <p className="recording-for" data-testid="recording-for">
          {person ? (
            <>
              Recording for <strong>{person.name}</strong>
            </>
          ) : (
            <>
              Recording for <strong>Me</strong> (add people on the People screen)
            </>
          )}
          {person && person.heightCm === null && <span className="hint"> · no height: lengths in shank lengths</span>}
        </p>
        <RecordControls recording={recording} disabledReason={cannotRecord} />
        <p
          className={`guidance ${guidance.tone}`}
          data-testid="guidance"
          data-key={guidance.key}
          data-hands-free={handsFreeStatus}
          aria-live="polite"
        >
          {guidance.text}
        </p>
        {guideShown ? (
          <FilmingGuide framing={view.framing} onDone={closeGuide} />
        ) : (
          <button
            type="button"
            className="link filming-tips-link"
            data-testid="filming-tips"
            onClick={() => setTipsOpen(true)}
          >
            Filming tips
          </button>
        )}
        {person?.kidsMode ? (
          <KidsReadout readout={view.readout} person={person} recorder={recording.state} />
        ) : (
          <Readouts readout={view.readout} />
        )}
        <button type="button" data-testid="distance-toggle" onClick={() => setDistanceView(true)}>
          Distance view (readable from 4 m)
        </button>
        <HandsFreePanel
          coach={coach}
          on={settings.handsFree}
          onChange={(handsFree) => void updateSettings({ handsFree })}
        />
      </aside>
    </div>
  );
}

function EngineMessage({ state }: { state: EngineState }) {
  if (state.status === 'loading')
    return (
      <div className="stage-message" role="status">
        Loading the pose model…
      </div>
    );
  if (state.status === 'failed')
    return (
      <div className="stage-message error" role="alert" data-testid="engine-error">
        {state.message}
      </div>
    );
  return null;
}
