import { SKELETON_EDGES } from '../../../shared/pose/keypoints';
import type { Keypoint } from '../../../shared/pose/types';
import type { FrameMetrics, LiveReadout } from '../../../shared/gait/types';
import type { DetectedPose } from '../../../shared/tracking/types';
import { LEG_COLOURS } from '../charts/chart-theme';

/** Keypoints under this score are not drawn; between it and CONFIDENT_SCORE they are faded. */
const HIDDEN_SCORE = 0.15;
const CONFIDENT_SCORE = 0.3;

const COLOURS = { ...LEG_COLOURS, centre: '#f4f4f5', other: '#d4d4d8', toe: '#a3e635' };
// COCO indices: odd = left side, even = right side (nose 0 is neither).
const sideColour = (i: number): string => (i === 0 ? COLOURS.centre : i % 2 === 1 ? COLOURS.left : COLOURS.right);

/**
 * Draws `frame` (the picture the poses were computed from) and over it the walker's skeleton, the
 * estimated toes, and the other people the scan found (faintly).
 */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  frame: CanvasImageSource,
  walker: DetectedPose | null,
  people: readonly DetectedPose[],
  readout: LiveReadout | null,
): void {
  const { width, height } = ctx.canvas;
  ctx.drawImage(frame, 0, 0, width, height);
  const scale = Math.max(1, width / 640);

  const walkerInScan = walker ? nearestTo(walker, people) : -1;
  for (let i = 0; i < people.length; i++) {
    if (i === walkerInScan) continue;
    const person = people[i];
    drawSkeleton(ctx, person.keypoints, scale, 0.35, COLOURS.other);
    ctx.globalAlpha = 0.35;
    ctx.strokeStyle = COLOURS.other;
    ctx.lineWidth = scale;
    ctx.setLineDash([4 * scale, 4 * scale]);
    ctx.strokeRect(person.box.x, person.box.y, person.box.width, person.box.height);
    ctx.setLineDash([]);
  }
  if (walker) {
    drawSkeleton(ctx, walker.keypoints, scale, 1, null);
    if (readout) drawToes(ctx, walker.keypoints, readout, scale);
  }
  ctx.globalAlpha = 1;
}

/** One stored pose with its estimated toes and knee→toe lines (the replay screen's overlay). */
export function drawPose(
  ctx: CanvasRenderingContext2D,
  keypoints: readonly Keypoint[] | null,
  legs: Legs | null,
): void {
  const { width, height } = ctx.canvas;
  ctx.clearRect(0, 0, width, height);
  if (!keypoints) return;
  const scale = Math.max(1, width / 640);
  drawSkeleton(ctx, keypoints, scale, 1, null);
  if (legs) drawToes(ctx, keypoints, legs, scale);
  ctx.globalAlpha = 1;
}

type Legs = Pick<FrameMetrics, 'left' | 'right'>;

function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  kps: readonly Keypoint[],
  scale: number,
  alpha: number,
  colour: string | null,
): void {
  ctx.lineCap = 'round';
  ctx.lineWidth = 3 * scale;
  for (const [a, b] of SKELETON_EDGES) {
    const score = Math.min(kps[a][2], kps[b][2]);
    if (score < HIDDEN_SCORE) continue;
    ctx.globalAlpha = alpha * fade(score);
    ctx.strokeStyle = colour ?? sideColour(a % 2 === b % 2 ? b : 0);
    ctx.beginPath();
    ctx.moveTo(kps[a][0], kps[a][1]);
    ctx.lineTo(kps[b][0], kps[b][1]);
    ctx.stroke();
  }
  for (let i = 0; i < kps.length; i++) {
    const [x, y, score] = kps[i];
    if (score < HIDDEN_SCORE) continue;
    ctx.globalAlpha = alpha * fade(score);
    ctx.fillStyle = colour ?? sideColour(i);
    ctx.beginPath();
    ctx.arc(x, y, 4 * scale, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** The estimated toe of each leg, and a line toe→knee when the knee-past-toe angle is known. */
function drawToes(ctx: CanvasRenderingContext2D, kps: readonly Keypoint[], readout: Legs, scale: number): void {
  const legs = [
    { metrics: readout.left, knee: kps[13] },
    { metrics: readout.right, knee: kps[14] },
  ];
  ctx.strokeStyle = COLOURS.toe;
  ctx.fillStyle = COLOURS.toe;
  ctx.lineWidth = 1.5 * scale;
  for (const { metrics, knee } of legs) {
    if (!metrics.toe || metrics.kneePastToeDeg.value === null) continue;
    const [tx, ty] = metrics.toe;
    ctx.globalAlpha = 0.5 + 0.5 * metrics.kneePastToeDeg.confidence;
    ctx.setLineDash([3 * scale, 3 * scale]);
    ctx.beginPath();
    ctx.moveTo(tx, ty);
    ctx.lineTo(knee[0], knee[1]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(tx, ty, 3 * scale, 0, Math.PI * 2);
    ctx.fill();
  }
}

function fade(score: number): number {
  return score >= CONFIDENT_SCORE ? 1 : 0.3;
}

/**
 * Which of the scanned people is the walker: the one whose box centre is nearest. The scan runs
 * now and then, so its boxes lag behind a walking person and need not overlap the live pose.
 */
function nearestTo(walker: DetectedPose, people: readonly DetectedPose[]): number {
  const centre = (p: DetectedPose): [number, number] => [p.box.x + p.box.width / 2, p.box.y + p.box.height / 2];
  const [wx, wy] = centre(walker);
  let best = -1;
  let bestDistance = Infinity;
  people.forEach((person, i) => {
    const [x, y] = centre(person);
    const distance = Math.hypot(x - wx, y - wy);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
