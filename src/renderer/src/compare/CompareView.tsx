import { useMemo, useState } from 'react';
import type { Person, SessionResult, SessionSummary } from '../../../shared/api';
import type { Side } from '../../../shared/gait';
import { cycleAlignment } from '../../../shared/gait/cycle';
import { formatDate } from '../sessions/format';
import { frameMetricsAt, skeletonAt, type ReplayAnalysis } from '../replay/replay-analysis';
import { ReplayStage } from '../replay/ReplayStage';
import { sessionVideoUrl, stageMessage } from '../replay/session-video';
import { useReplayKeys } from '../replay/use-replay-keys';
import type { ReplaySession } from '../replay/use-replay-session';
import { RadioChoice } from '../app/RadioChoice';
import { CompareControls } from './CompareControls';
import { CompareSummary } from './CompareSummary';
import { CycleChart } from './CycleChart';
import { kneeCycle } from './knee-cycles';
import { SyncClock } from './sync-clock';
import { useSyncedPlayback } from './use-synced-playback';

/** A session of the pair, loaded. */
export interface Lane {
  session: SessionSummary;
  person: Person | null;
  result: SessionResult;
  replay: ReplayAnalysis;
  heightCm: number | null;
}

/** The lane of a session once it is loaded, null before. */
export function loadedLane({ session, person, result, replay, heightCm }: ReplaySession): Lane | null {
  return session && result && replay ? { session, person, result, replay, heightCm } : null;
}

const LANES = ['A', 'B'] as const;
const LEGS: Array<{ side: Side; label: string }> = [
  { side: 'left', label: 'Left' },
  { side: 'right', label: 'Right' },
];

export function CompareView({ a, b }: { a: Lane; b: Lane }) {
  const lanes = [a, b];
  const ra = a.replay;
  const rb = b.replay;
  const alignment = useMemo(() => cycleAlignment(ra.analysis.events, rb.analysis.events), [ra, rb]);
  const clock = useMemo(
    () =>
      new SyncClock([
        { contactS: alignment?.a_s ?? 0, endS: ra.timeline.endMs / 1000 },
        { contactS: alignment?.b_s ?? 0, endS: rb.timeline.endMs / 1000 },
      ]),
    [alignment, ra, rb],
  );
  const timelines = useMemo(() => [ra.timeline, rb.timeline], [ra, rb]);

  const [videos, setVideos] = useState<Array<HTMLVideoElement | null>>([null, null]);
  const [failed, setFailed] = useState([false, false]);
  // stable ref callbacks: a new one each render would detach and attach the video every time
  const onVideo = useMemo(
    () =>
      LANES.map(
        (_, i) => (v: HTMLVideoElement | null) =>
          setVideos((prev) => (prev[i] === v ? prev : prev.map((x, j) => (j === i ? v : x)))),
      ),
    [],
  );
  const urls = [sessionVideoUrl(a.session, failed[0]), sessionVideoUrl(b.session, failed[1])];
  // only a video with a file plays; the same array while neither changes, so playback is not set up again
  const [hasA, hasB] = [urls[0] !== null, urls[1] !== null];
  const playable = useMemo(() => [hasA ? videos[0] : null, hasB ? videos[1] : null], [videos, hasA, hasB]);
  const playback = useSyncedPlayback(playable, timelines, clock);
  useReplayKeys({ togglePlay: playback.toggle, frameStep: playback.frameStep });

  const [side, setSide] = useState<Side>(alignment?.side ?? 'left');
  const cycles = useMemo(
    () => [kneeCycle(ra, side), kneeCycle(rb, side)] as [ReturnType<typeof kneeCycle>, ReturnType<typeof kneeCycle>],
    [ra, rb, side],
  );
  const alignedOn = alignment ? `${alignment.side} foot contact` : 'start';
  // stable props: the chart and the table need not re-render on every tick of the clock
  const sideA = useMemo(
    () => ({ session: a.session, person: a.person, analysis: ra.analysis }),
    [a.session, a.person, ra],
  );
  const sideB = useMemo(
    () => ({ session: b.session, person: b.person, analysis: rb.analysis }),
    [b.session, b.person, rb],
  );

  return (
    <div
      className="compare-view"
      data-testid="compare-view"
      data-contact-a={clock.lanes[0].contactS}
      data-contact-b={clock.lanes[1].contactS}
    >
      <div className="compare-stages">
        {lanes.map((lane, i) => {
          const index = lane.replay.timeline.frameAt(playback.laneTimesMs[i]);
          return (
            <div className="compare-lane" key={LANES[i]}>
              <p className="compare-lane-title">
                <span className={`lane-badge lane-${LANES[i].toLowerCase()}`}>{LANES[i]}</span>{' '}
                {lane.person?.name ?? 'Unknown person'} · {lane.session.title ?? formatDate(lane.session.startedAt)}
              </p>
              <ReplayStage
                testId={`compare-${LANES[i].toLowerCase()}`}
                label={`Session ${LANES[i]}: video and skeleton`}
                width={lane.result.width}
                height={lane.result.height}
                videoUrl={urls[i]}
                onVideo={onVideo[i]}
                onVideoError={() => setFailed((f) => f.map((x, j) => (j === i ? true : x)))}
                frameIndex={index}
                keypoints={index >= 0 ? skeletonAt(lane.replay, index) : null}
                legs={index >= 0 ? frameMetricsAt(lane.replay, index, lane.heightCm) : null}
                message={stageMessage(lane.session, failed[i])}
              />
            </div>
          );
        })}
      </div>
      <CompareControls playback={playback} clock={clock} alignedOn={alignedOn} />
      <p className="muted" data-testid="compare-alignment">
        {alignment
          ? `Aligned on the first ${alignment.side} foot contact: ${alignment.a_s.toFixed(2)} s into A, ${alignment.b_s.toFixed(2)} s into B.`
          : 'No foot contact of the same foot in both sessions: they are lined up at their starts.'}
      </p>
      <div className="compare-lower">
        <section className="compare-cycles" aria-labelledby="compare-cycles-title">
          <div className="compare-cycles-head">
            <h2 id="compare-cycles-title">Knee over one gait cycle</h2>
            <div role="radiogroup" aria-label="Leg shown on the cycle chart" className="segmented row">
              {LEGS.map((l) => (
                <RadioChoice key={l.side} name="cycle-leg" value={l.side} chosen={side} onChoose={setSide}>
                  {l.label} leg
                </RadioChoice>
              ))}
            </div>
          </div>
          <CycleChart cycles={cycles} legLabel={LEGS.find((l) => l.side === side)!.label} />
        </section>
        <CompareSummary a={sideA} b={sideB} />
      </div>
    </div>
  );
}
