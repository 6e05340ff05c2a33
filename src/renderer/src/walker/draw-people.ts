/** The walker picker's overlay: every person found in the frame, each in its own colour, the followed one marked. */
import { SKELETON_EDGES } from '../../../shared/pose/keypoints';
import type { Keypoint } from '../../../shared/pose/types';
import { poseExtent } from '../../../shared/tracking/geometry';

const PALETTE = ['#38bdf8', '#f472b6', '#a3e635', '#fbbf24', '#c084fc', '#fb7185'];
const SHOWN_SCORE = 0.2;

export function drawPeople(
  ctx: CanvasRenderingContext2D,
  people: readonly Keypoint[][],
  followed: number | null,
): void {
  const { width, height } = ctx.canvas;
  ctx.clearRect(0, 0, width, height);
  const scale = Math.max(1, width / 640);
  people.forEach((kps, i) => {
    const colour = PALETTE[i % PALETTE.length];
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineCap = 'round';
    ctx.lineWidth = (i === followed ? 4 : 2.5) * scale;
    for (const [a, b] of SKELETON_EDGES) {
      if (kps[a][2] < SHOWN_SCORE || kps[b][2] < SHOWN_SCORE) continue;
      ctx.beginPath();
      ctx.moveTo(kps[a][0], kps[a][1]);
      ctx.lineTo(kps[b][0], kps[b][1]);
      ctx.stroke();
    }
    const box = poseExtent(kps, SHOWN_SCORE);
    if (!box) return;
    ctx.lineWidth = scale;
    ctx.setLineDash(i === followed ? [] : [5 * scale, 4 * scale]);
    ctx.strokeRect(box.x - 4, box.y - 4, box.width + 8, box.height + 8);
    ctx.setLineDash([]);
    ctx.font = `${13 * scale}px sans-serif`;
    ctx.fillText(
      i === followed ? `${i + 1} (followed now)` : String(i + 1),
      box.x - 4,
      Math.max(12 * scale, box.y - 8),
    );
  });
}
