/**
 * A re-analysis follows the person the session followed: the session's stored keypoints
 * are the prior, so another model cannot wander off to someone else, and where the stored track is
 * on another person, the re-analysis is too. Real clip (the park walk: a woman walking, a man on a
 * box doing jumping jacks, then a flip), real MoveNet in worker threads, real SQLite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSession, type GaitAnalysis } from '../../../src/shared/gait';
import type { Keypoint, PoseFrame } from '../../../src/shared/pose/types';
import { poseDistance } from '../../../src/shared/tracking';
import { scanVideo } from '../../../src/node/parallel/scan-video';
import { probeVideo } from '../../../src/node/video';
import { pollUntilFinished, startImport, useTempServices, WALK } from './support';

const { services } = useTempServices('same-walker');
let id: number;
let clip: string;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const hips = (k: Keypoint[] | null): [number, number] | null =>
  k && k[11][2] >= 0.3 && k[12][2] >= 0.3 ? [(k[11][0] + k[12][0]) / 2, (k[11][1] + k[12][1]) / 2] : null;
/** Frame index of a time in ms at 30 fps. */
const frameOf = (t: number) => Math.round((t * 30) / 1000);

async function reanalyseWithThunder(): Promise<PoseFrame[]> {
  const { jobId } = await services().handlers['sessions.reanalyse']({ id, model: 'thunder' });
  const last = (await pollUntilFinished(services(), jobId)).at(-1)!;
  expect([last.state, last.message]).toEqual(['done', null]);
  return services().sessions.frames(id, 'thunder');
}

beforeAll(async () => {
  // The whole clip (7.7 s), used where it is.
  clip = WALK;
  const last = (await pollUntilFinished(services(), await startImport(services(), clip))).at(-1)!;
  expect(last.state).toBe('done');
  id = last.sessionId!;
}, 300_000);

describe("re-analysing with another model follows the session's own person", () => {
  it("Thunder's hips stay on the stored Lightning track's hips, and it counts the same steps", async () => {
    const stored = services().sessions.frames(id) as PoseFrame[];
    const own = services().sessions.get(id)!.analysis as GaitAnalysis;
    const thunder = await reanalyseWithThunder();
    expect(thunder).toHaveLength(stored.length);
    const distances = stored.flatMap((f, i) => {
      const [a, b] = [hips(f.keypoints), hips(thunder[i].keypoints)];
      return a && b ? [Math.hypot(a[0] - b[0], a[1] - b[1])] : [];
    });
    const shank = own.quality.shank_px!;
    expect(distances.length).toBeGreaterThan(0.7 * stored.length);
    // Hips within a fifth of a shank on the typical frame; and no frame on someone else (a body away).
    expect(median(distances)).toBeLessThan(0.2 * shank);
    expect(distances.filter((d) => d > 2 * shank)).toEqual([]);
    const result = services()
      .sessions.get(id)!
      .results.find((r) => r.model === 'thunder')!.analysis as GaitAnalysis;
    const contacts = (a: GaitAnalysis) =>
      a.events.filter((e) => e.kind === 'contact').map((e) => Math.round(e.t_s * 30));
    console.log(
      `same-walker: lightning ${contacts(own).join(',')} switches ${own.quality.person_switches}; thunder ${contacts(result).join(',')} switches ${result.quality.person_switches}`,
    );
    // The same walker's contacts, frame for frame (within 2 frames). One may differ: her last step
    // lands at the picture's edge, where border points are not measured, and a model's few pixels
    // decide whether that foot counts. Someone else's track would differ in nearly every contact.
    const unmatched = (a: number[], b: number[]) => a.filter((x) => !b.some((y) => Math.abs(x - y) <= 2));
    const [ours, theirs] = [contacts(own), contacts(result)];
    expect(ours.length).toBeGreaterThanOrEqual(5);
    expect(unmatched(ours, theirs).length + unmatched(theirs, ours).length).toBeLessThanOrEqual(1);
    expect(result.quality.person_switches).toBe(own.quality.person_switches);
    console.log(
      `same-walker: median hip distance ${median(distances).toFixed(1)} px, shank ${shank.toFixed(1)} px, steps ${own.steps.count}/${result.steps.count}`,
    );
  }, 300_000);

  it('where the stored track is on the man on the box instead of the walker, the re-analysis is on him too', async () => {
    // Frames 50–75: she has entered on the right, he is on his box on the left. Make the stored
    // track follow him there (his poses from MultiPose; frames where it misses him have nobody).
    const [from, to] = [50, 75];
    const info = await probeVideo(clip);
    const scan = await scanVideo(clip, info, { fromMs: (from * 1000) / 30 - 10, toMs: (to * 1000) / 30 + 10 }).result;
    const man = new Map<number, Keypoint[]>();
    for (const f of scan.frames) {
      const onBox = f.people.find((p) => {
        const h = hips(p);
        return h !== null && h[0] < 330 && h[1] < 230;
      });
      if (onBox) man.set(frameOf(f.t), onBox);
    }
    expect(man.size).toBeGreaterThan(8);
    const stored = services().sessions.frames(id) as PoseFrame[];
    const injected = stored.map((f, i) => (i >= from && i <= to ? { t: f.t, keypoints: man.get(i) ?? null } : f));
    const session = services().sessions.get(id)!;
    const analysis = analyzeSession({ fps: 30, width: session.width, height: session.height, frames: injected });
    services().sessions.replaceOwnResult(id, {
      model: 'lightning',
      width: session.width,
      height: session.height,
      frames: injected,
      direction: analysis.direction,
      analysis,
      warnings: [],
    });

    const thunder = await reanalyseWithThunder();
    const onMan = [...man.keys()].filter(
      (i) => thunder[i].keypoints && poseDistance(man.get(i)!, thunder[i].keypoints) <= 0.35,
    );
    expect(onMan.length).toBeGreaterThanOrEqual(0.9 * man.size);
    // Outside the span it is still on her, as the stored track is.
    const later = stored
      .slice(100, 180)
      .filter(
        (f, k) =>
          f.keypoints && thunder[100 + k].keypoints && poseDistance(f.keypoints, thunder[100 + k].keypoints!) <= 0.35,
      );
    expect(later.length).toBeGreaterThan(70);
  }, 300_000);
});

describe('choosing the walker through the API', () => {
  it('refuses an unknown session at once; a click on nobody fails the job with a line for the user and changes nothing', async () => {
    await expect(async () =>
      services().handlers['sessions.chooseWalker']({ id: 999_999, model: 'lightning', t: 0, x: 1, y: 1 }),
    ).rejects.toThrow(/No session with id 999999/);
    const frames = services().sessions.frames(id);
    const { jobId } = await services().handlers['sessions.chooseWalker']({
      id,
      model: 'lightning',
      t: frames[20].t,
      x: 620,
      y: 470,
    });
    const last = (await pollUntilFinished(services(), jobId)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.message).toMatch(
      /^Nobody was found where you clicked in the frame at 0\.67 s: click on one of the skeletons shown\.$/,
    );
    expect(services().sessions.frames(id)).toEqual(frames); // nothing changed
  }, 120_000);
});
