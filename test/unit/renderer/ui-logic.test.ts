import { describe, expect, it } from 'vitest';
import { chooseFastestBackend, describeNoBackend, keypointGapPx } from '../../../src/renderer/src/app/backend-choice';
import { describeCameraError } from '../../../src/renderer/src/live/camera-errors';
import { PipelineStats } from '../../../src/renderer/src/live/pipeline-stats';
import { formatDuration, formatSymmetry } from '../../../src/renderer/src/sessions/format';
import { readAnalysis } from '../../../src/renderer/src/sessions/read-analysis';
import { analyzeSession } from '../../../src/shared/gait';
import { synthesizeGait } from '../../support/synthetic-gait';

describe('backend choice at first start', () => {
  it('picks the fastest backend that ran and keeps every timing', () => {
    const choice = chooseFastestBackend([
      { backend: 'webgl', msPerFrame: 301.5 },
      { backend: 'wasm', msPerFrame: 29.8 },
      { backend: 'cpu', msPerFrame: null, error: 'timed out' },
    ]);
    expect(choice).toEqual({ backend: 'wasm', timings: { webgl: 301.5, wasm: 29.8 }, disagreeing: {} });
  });

  /** 17 keypoints on a line, confident unless `score` says otherwise. */
  const pose = (dx = 0, score = 0.9): [number, number, number][] =>
    Array.from({ length: 17 }, (_, i) => [100 + 10 * i + dx, 200 + 5 * i, score]);

  it("passes over a faster backend whose keypoints are more than 1 px off the CPU's", () => {
    const choice = chooseFastestBackend([
      { backend: 'webgpu', msPerFrame: 8, keypoints: pose(1.5) },
      { backend: 'webgl', msPerFrame: 12, keypoints: pose(0.8) },
      { backend: 'wasm', msPerFrame: 30, keypoints: pose(0.01) },
      { backend: 'cpu', msPerFrame: 700, keypoints: pose() },
    ]);
    expect(choice?.backend).toBe('webgl');
    expect(choice?.disagreeing).toEqual({ webgpu: 1.5 });
    expect(choice?.timings).toEqual({ webgpu: 8, webgl: 12, wasm: 30, cpu: 700 });
    // a backend that found no one where the reference did is off too
    expect(
      chooseFastestBackend([
        { backend: 'webgl', msPerFrame: 12, keypoints: null },
        { backend: 'cpu', msPerFrame: 700, keypoints: pose() },
      ])?.backend,
    ).toBe('cpu');
  });

  it('judges only the keypoints the CPU is confident of, and every backend without a CPU pose', () => {
    const unsure = pose(0, 0.1);
    expect(keypointGapPx(pose(5), unsure)).toBe(0);
    const oneSure = unsure.map((k, i): [number, number, number] => (i === 3 ? [k[0], k[1], 0.3] : k));
    expect(keypointGapPx(pose(5), oneSure)).toBeCloseTo(5, 9);
    expect(
      chooseFastestBackend([
        { backend: 'webgl', msPerFrame: 12, keypoints: pose(9) },
        { backend: 'cpu', msPerFrame: null, error: 'timed out' },
      ])?.backend,
    ).toBe('webgl');
  });

  it('has no choice when nothing ran, and says why', () => {
    const failed = [{ backend: 'webgl' as const, msPerFrame: null, error: 'no WebGL context' }];
    expect(chooseFastestBackend(failed)).toBeNull();
    expect(describeNoBackend(failed)).toContain('webgl: no WebGL context');
  });
});

describe('camera errors', () => {
  it('explains a denied permission and how to allow it', () => {
    const problem = describeCameraError(new DOMException('Permission denied', 'NotAllowedError'));
    expect(problem.kind).toBe('denied');
    expect(problem.message).toMatch(/denied.*Allow.*Try again/s);
  });

  it('tells "no camera" and "camera busy" apart', () => {
    expect(describeCameraError(new DOMException('Requested device not found', 'NotFoundError')).kind).toBe('none');
    expect(describeCameraError(new DOMException('Could not start video source', 'NotReadableError')).kind).toBe('busy');
    expect(describeCameraError(new Error('weird')).message).toContain('weird');
  });
});

describe('PipelineStats', () => {
  it('counts frames drawn in the last second and takes the median latency', () => {
    const stats = new PipelineStats();
    for (let i = 0; i < 60; i++) stats.record(i * 33, i * 33 + (i % 3 === 0 ? 40 : 20));
    expect(stats.fps(59 * 33)).toBe(31);
    expect(stats.medianLatencyMs()).toBe(20);
    expect(stats.fps(59 * 33 + 5000)).toBe(0);
  });
});

describe('sessions formatting', () => {
  it('formats durations and signed symmetry in plain words', () => {
    expect(formatDuration(8200)).toBe('8.2 s');
    expect(formatDuration(75_500)).toBe('1:15.5');
    expect(formatSymmetry(-4.26)).toBe('-4.3 % (right larger)');
    expect(formatSymmetry(0.2)).toBe('0 % (symmetric)');
    expect(formatSymmetry(null)).toBe('—');
  });

  it('reads only analyses that have the gait module shape', () => {
    expect(readAnalysis(null)).toBeNull();
    expect(readAnalysis({ direction: 'backward' })).toBeNull();
    // empty parts are not an analysis: the fields the screens read are checked (the schema main uses)
    expect(
      readAnalysis({
        direction: 'backward',
        steps: {},
        knee: {},
        knee_past_toe: {},
        symmetry: {},
        balance: {},
        quality: {},
      }),
    ).toBeNull();
    const real = analyzeSession(synthesizeGait({ segments: [{ mode: 'backward', duration_s: 6 }], noisePx: 1 }).input, {
      heightCm: 170,
    });
    expect(readAnalysis(JSON.parse(JSON.stringify(real)))).toEqual(real);
    expect(readAnalysis({ ...real, knee_past_toe: { ...real.knee_past_toe, unit: 'furlong' } })).toBeNull();
  });
});
