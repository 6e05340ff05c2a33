/**
 * Scalar geometry shared by the per-frame metrics, the live tracker and the session analysis.
 * Image coordinates: pixels, y down. `F` is the facing sign: +1 = facing image-right, −1 = image-left.
 * Every function returns NaN when an input is NaN.
 */
import { ANKLE_HEIGHT_SHANKS, FOREFOOT_SHANKS } from './constants';

const DEG = 180 / Math.PI;
/** The most a knee hyperextends (deg); knee flexion is reported in [−15°, 180°). */
export const MAX_HYPEREXTENSION_DEG = 15;

/**
 * Knee flexion (deg): 180° − interior hip–knee–ankle angle (0 = straight leg).
 * With a known facing (F = ±1) the sign says on which side of the hip–ankle line the knee lies:
 * positive when it is in front (flexion), negative behind (hyperextension, at most 15°: a larger bend
 * is always flexion). With F = 0 it is unsigned.
 */
export function kneeFlexionDeg(hx: number, hy: number, kx: number, ky: number, ax: number, ay: number, F = 0): number {
  const ux = hx - kx,
    uy = hy - ky,
    vx = ax - kx,
    vy = ay - ky;
  const cross = ux * vy - uy * vx;
  const dot = ux * vx + uy * vy;
  const flex = 180 - Math.atan2(Math.abs(cross), dot) * DEG;
  if (F === 0 || flex !== flex || flex > MAX_HYPEREXTENSION_DEG) return flex;
  // Side of the knee relative to the hip→ankle line, along the facing direction. A knee only bends
  // forward: behind the line it is hyperextended, which a knee can be by a few degrees at most, so
  // a larger bend that reads "behind" is a flexed knee seen with the wrong facing or leg.
  const side = kneeSideOffset(hx, hy, kx, ky, ax, ay) * F;
  return side < 0 ? -flex : flex;
}

/**
 * Horizontal offset (px) of the knee from the hip–ankle line at the knee's height (+ = image-right).
 * In a side view the knee flexes toward the front, so its sign is a facing cue.
 */
export function kneeSideOffset(hx: number, hy: number, kx: number, ky: number, ax: number, ay: number): number {
  const dy = ay - hy;
  if (Math.abs(dy) < 1e-9) return kx - (hx + ax) / 2;
  const lineX = hx + ((ax - hx) * (ky - hy)) / dy;
  return kx - lineX;
}

/** Shin inclination (deg): ankle→knee from vertical, + when the knee is ahead of the ankle (facing F). */
export function shinInclinationDeg(kx: number, ky: number, ax: number, ay: number, F: number): number {
  return Math.atan2(F * (kx - ax), ay - ky) * DEG;
}

/** Estimated toe tip: forefoot ahead of the ankle (facing F), on the floor (ankle height below). */
export function toeX(ax: number, F: number, shankPx: number): number {
  return ax + F * FOREFOOT_SHANKS * shankPx;
}
export function toeY(ay: number, shankPx: number): number {
  return ay + ANKLE_HEIGHT_SHANKS * shankPx;
}

/**
 * Knee-past-toe angle (deg): the angle at the toe tip between the vertical and the line toe→knee,
 * + when the knee is beyond the toes in the facing direction.
 */
export function kneePastToeDeg(kx: number, ky: number, tx: number, ty: number, F: number): number {
  return Math.atan2(F * (kx - tx), ty - ky) * DEG;
}

/** Signed horizontal knee-beyond-toe distance in px (+ = knee beyond the toes). */
export function kneePastToePx(kx: number, tx: number, F: number): number {
  return F * (kx - tx);
}

/**
 * Trunk lean (deg): hip midpoint → shoulder midpoint from vertical, + toward the facing direction
 * (F = ±1); with F = 0 (facing unknown) + toward image-right (a sideways lean in a front view).
 */
export function trunkLeanDeg(hx: number, hy: number, sx: number, sy: number, F: number): number {
  const s = F === 0 ? 1 : F;
  return Math.atan2(s * (sx - hx), hy - sy) * DEG;
}

export function dist(x1: number, y1: number, x2: number, y2: number): number {
  return Math.hypot(x2 - x1, y2 - y1);
}
