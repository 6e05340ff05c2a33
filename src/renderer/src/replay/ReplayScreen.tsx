import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SessionResult, SessionSummary } from '../../../shared/api';
import type { Side } from '../../../shared/gait';
import '../styles/replay.css';
import { kneePastToeUnit } from '../../../shared/display/knee-past-toe';
import { NotFound } from '../routes/NotFound';
import { paths } from '../routes/paths';
import { sessionName } from '../sessions/details-form';
import { formatDate } from '../sessions/format';
import { Notice } from '../app/Notice';
import { FrameReadout } from './FrameReadout';
import { largestStepButtons } from './largest-steps';
import { GaitCharts } from './GaitCharts';
import { frameMetricsAt, skeletonAt, type ReplayAnalysis } from './replay-analysis';
import { ReplayControls } from './ReplayControls';
import { ReplayStage } from './ReplayStage';
import { sessionVideoUrl, stageMessage } from './session-video';
import { ReplaySummary } from './ReplaySummary';
import { ResultPicker } from './ResultPicker';
import { PersonSwitchNotice } from '../walker/PersonSwitchNotice';
import { nextStepTime, previousStepTime, stepRangeAt } from './seeking';
import { loopAfterSeek, loopFrames, type LoopFrames } from './step-loop';
import { stepRows } from './step-rows';
import { StepTable } from './StepTable';
import { usePlayback } from './use-playback';
import { useReplayKeys } from './use-replay-keys';
import { useReplaySession, type ReplaySession } from './use-replay-session';
import { useUnitSystem } from '../units/use-unit-system';

/** Review a session frame by frame: video + skeleton, synced charts, step table and summary. */
export function ReplayScreen({ sessionId }: { sessionId: number }) {
  const navigate = useNavigate();
  const data = useReplaySession(sessionId);
  const { session, result, replay, error } = data;
  if (data.notFound)
    return <NotFound what={`Session ${sessionId}`} back={{ to: paths.sessions, label: 'All sessions' }} />;
  return (
    <section className="replay-screen" aria-labelledby="replay-title" data-testid="replay-screen">
      <div className="replay-header">
        <button type="button" className="link back" onClick={() => void navigate(paths.sessions)}>
          ← All sessions
        </button>
        <h1 id="replay-title">{session ? `Replay: ${sessionName(session, formatDate)}` : 'Replay'}</h1>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {!error && (!session || !result || !replay) && (
        <p className="muted" role="status">
          Loading the session…
        </p>
      )}
      {/* keyed by session only: switching the result keeps the video and its time */}
      {session && result && replay && (
        <ReplayView key={session.id} session={session} result={result} replay={replay} data={data} />
      )}
    </section>
  );
}

interface ViewProps {
  session: SessionSummary;
  result: SessionResult;
  replay: ReplayAnalysis;
  data: ReplaySession;
}

function ReplayView({ session, result, replay, data }: ViewProps) {
  const { timeline, analysis, series } = replay;
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  // the picture a step click goes to: brought into view, so the step is seen where it was chosen
  const stageBox = useRef<HTMLDivElement>(null);
  const [videoFailed, setVideoFailed] = useState(false);
  const videoUrl = sessionVideoUrl(session, videoFailed);
  // the step looped, of the result it was chosen in: another result has other steps
  const [looped, setLooped] = useState<{ replay: ReplayAnalysis; frames: LoopFrames } | null>(null);
  const loop = looped?.replay === replay ? looped.frames : null;
  const setLoop = (frames: LoopFrames | null) => setLooped(frames && { replay, frames });
  const playback = usePlayback(videoUrl ? video : null, timeline, loop);
  const { timeMs, seek, pause, now } = playback;
  const frameIndex = timeline.frameAt(timeMs);
  const metrics = useMemo(
    () => (frameIndex >= 0 ? frameMetricsAt(replay, frameIndex, data.heightCm) : null),
    [replay, frameIndex, data.heightCm],
  );
  const steps = analysis.step_list;
  const system = useUnitSystem();
  const rows = useMemo(() => stepRows(analysis, system), [analysis, system]);
  const largest = useMemo(() => largestStepButtons(analysis, system), [analysis, system]);

  const seekFrame = useCallback(
    (index: number) => {
      setLooped((l) => {
        const kept = loopAfterSeek(l?.replay === replay ? l.frames : null, index);
        return kept && { replay, frames: kept };
      });
      seek(timeline.seekTimeMs(index));
    },
    [replay, seek, timeline],
  );
  const seekSeconds = useCallback((s: number) => seekFrame(timeline.nearestIndex(s * 1000)), [seekFrame, timeline]);
  const frameStep = useCallback(
    (delta: number) => {
      pause();
      seekFrame(timeline.stepFrom(now(), delta));
    },
    [pause, seekFrame, timeline, now],
  );
  const stepTo = (direction: -1 | 1): void => {
    const target = direction > 0 ? nextStepTime(steps, timeMs / 1000) : previousStepTime(steps, timeMs / 1000);
    if (target !== null) seekSeconds(target);
  };
  useReplayKeys({ togglePlay: playback.toggle, frameStep });

  const stepRange = stepRangeAt(steps, timeMs / 1000);
  const stepFrames = stepRange ? loopFrames(timeline, stepRange) : null;
  const current = rows.filter((r) => r.timeS <= timeMs / 1000 + 0.02).pop()?.number ?? null;

  return (
    <div className="replay-layout">
      <div className="replay-main">
        <div ref={stageBox}>
          <ReplayStage
            width={result.width}
            height={result.height}
            videoUrl={videoUrl}
            onVideo={setVideo}
            onVideoError={() => setVideoFailed(true)}
            frameIndex={frameIndex}
            keypoints={frameIndex >= 0 ? skeletonAt(replay, frameIndex) : null}
            legs={metrics}
            message={stageMessage(session, videoFailed)}
          />
        </div>
        <ReplayControls
          playback={playback}
          frameIndex={frameIndex}
          frameCount={timeline.count}
          durationMs={timeline.endMs}
          onFrameStep={frameStep}
          onStep={stepTo}
          canStep={{
            previous: previousStepTime(steps, timeMs / 1000) !== null,
            next: nextStepTime(steps, timeMs / 1000) !== null,
          }}
          looping={loop !== null}
          canLoop={stepFrames !== null}
          onLoop={(on) => setLoop(on ? stepFrames : null)}
          largest={largest}
          onLargest={(side: Side) => {
            pause();
            const step = largest[side];
            if (step) seekSeconds(step.timeS);
          }}
        />
        {series ? (
          <GaitCharts
            series={series}
            analysis={analysis}
            timeMs={timeMs}
            onSeek={(ms) => seekFrame(timeline.nearestIndex(ms))}
          />
        ) : (
          <p className="muted">Too few confident keypoints in this session to chart the knees.</p>
        )}
        <h2>Steps</h2>
        <StepTable
          rows={rows}
          currentNumber={current}
          onSelect={(r) => {
            pause();
            seekSeconds(r.timeS);
            stageBox.current?.scrollIntoView({ block: 'nearest' });
          }}
        />
        {data.heightCm === null && rows.length > 0 && (
          <p className="muted">
            {data.person?.heightCm != null
              ? `This session was filmed before ${data.person.name}'s height was entered. A height saved on the People screen with “Correct a mistake” applies to all their sessions, this one included, and gives its step lengths in ${system === 'imperial' ? 'inches' : 'centimetres'}.`
              : `Add ${data.person ? `${data.person.name}'s` : "the walker's"} height on the People screen and choose “Correct a mistake” to get step lengths in ${system === 'imperial' ? 'inches' : 'centimetres'} for this session.`}
          </p>
        )}
      </div>
      <aside className="replay-side">
        <FrameReadout metrics={metrics} unit={kneePastToeUnit(analysis)} />
        <ResultPicker
          session={session}
          model={data.model ?? result.model}
          onSelect={data.selectModel}
          onReanalysed={data.reload}
          videoPlayable={session.videoPath !== null && !videoFailed}
        />
        <PersonSwitchNotice
          session={session}
          model={result.model}
          analysis={analysis}
          frames={replay.frames}
          timeMs={timeMs}
          onChosen={data.reload}
        />
        <ReplaySummary analysis={analysis} warnings={result.warnings} />
        {replay.recomputed && (
          <p className="muted">This session had no stored analysis; it was computed from its keypoints.</p>
        )}
      </aside>
    </div>
  );
}
