/**
 * How much a detected person looks like the one doing the walk: large, whole body, upright, and
 * travelling sideways. People who stay put (a reflection of a standing person, a picture, a TV, a
 * bystander) keep only part of their score, so a walker wins over them, but a lone person standing
 * still before the walk starts is still tracked.
 */
import type { Keypoint } from '../pose/types';
import { CONFIDENT_SCORE, hipCenter, type ImageSize } from './geometry';
import type { Box, DetectedPose } from './types';

/** A person of the latest multi-person scan, with how fast they travel sideways. */
export interface Candidate {
  pose: DetectedPose;
  /** Box around the confident keypoints (pixels). */
  extent: Box;
  /** Horizontal hip speed in body heights per second, null when first seen in this scan. */
  speed: number | null;
  /** Scans in a row that did not see this person, carried over from an earlier one (absent: seen now). */
  missed?: number;
}

/** Shoulders, hips, knees, ankles: what gait analysis needs to see. */
const BODY_KEYPOINTS = [5, 6, 11, 12, 13, 14, 15, 16];
/** A person filling this share of the image height gets the full size score. */
const FULL_SIZE_SHARE = 0.6;
/** Slow backward walking, ~0.4 m/s for a 1.7 m person, in body heights per second. */
export const WALKING_SPEED = 0.25;
/** Share of the score kept by someone who does not travel (or is not yet known to). */
export const STATIC_WEIGHT = 0.4;

/** 0..1: mean of the body keypoints' scores, each counted fully from 0.5 up. */
export function bodyCompleteness(keypoints: readonly Keypoint[]): number {
  // a keypoint the pose lacks counts as not found (score 0)
  return (
    BODY_KEYPOINTS.reduce((sum, i) => sum + Math.min(1, (keypoints[i]?.[2] ?? 0) / 0.5), 0) / BODY_KEYPOINTS.length
  );
}

/** 1 for a trunk within 30° of vertical, falling to 0.3 when horizontal or upside down; 0.6 unknown. */
export function uprightness(keypoints: readonly Keypoint[]): number {
  const shoulders = [keypoints[5], keypoints[6]].filter(
    (k): k is Keypoint => k !== undefined && k[2] >= CONFIDENT_SCORE,
  );
  const hips = hipCenter(keypoints);
  if (shoulders.length === 0 || !hips) return 0.6;
  const sx = shoulders.reduce((s, k) => s + k[0], 0) / shoulders.length;
  const sy = shoulders.reduce((s, k) => s + k[1], 0) / shoulders.length;
  // Angle of hip→shoulder from "straight up" (image y grows downward).
  const tilt = (Math.abs(Math.atan2(sx - hips[0], hips[1] - sy)) * 180) / Math.PI;
  if (tilt <= 30) return 1;
  return Math.max(0.3, 1 - (0.7 * (tilt - 30)) / 60);
}

/** 0..1, higher for the person most likely doing the walk. */
export function walkerScore(candidate: Candidate, image: ImageSize): number {
  const size = Math.min(1, candidate.extent.height / (FULL_SIZE_SHARE * image.height));
  const motion = candidate.speed === null ? 0 : Math.min(1, candidate.speed / WALKING_SPEED);
  return (
    size *
    bodyCompleteness(candidate.pose.keypoints) *
    uprightness(candidate.pose.keypoints) *
    (STATIC_WEIGHT + (1 - STATIC_WEIGHT) * motion)
  );
}
