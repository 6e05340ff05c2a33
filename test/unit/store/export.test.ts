import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_ROWS_PER_PART, sessionFrameMetrics, sessionFramesCsv } from '../../../src/shared/export';
import { sessionMetrics } from '../../../src/shared/progress';
import { backwardWalk, recordKeypoints } from './recorded-walk';
import { openServices, recordSession, syntheticWalk } from './support';

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe('export', () => {
  it('a session as CSV parses back to one row per frame, with its keypoints and lengths in cm', async () => {
    const services = openServices();
    const h = services.handlers;
    const zoe = await h['people.create']({ name: 'Zoë O\'Brien / "the kid"', heightCm: 130, birthYear: 2017 });
    const { id } = await recordSession(services, { personId: zoe.id, startedAt: '2026-03-04T09:30:00.000Z' });
    const { input } = syntheticWalk(1);

    const file = await h['export.session']({ id, format: 'csv' });
    expect(file.fileName).toBe(`retrowalk-zoe-o-brien-the-kid-2026-03-04-${id}.csv`);
    expect(file.mimeType).toBe('text/csv');
    const csv = parse(file.text);
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(input.frames.length);
    expect(csv.meta.fields).toContain('left_knee_past_toe_cm');
    const row = csv.data[40];
    expect(Number(row.t_s)).toBeCloseTo(input.frames[40].t / 1000, 3);
    expect(Number(row.left_knee_x)).toBeCloseTo(input.frames[40].keypoints![13][0], 1);
    expect(csv.data.filter((r) => r.left_knee_flexion_deg !== '').length).toBeGreaterThan(input.frames.length / 2);
  });

  it("a long session's CSV is built in parts, letting other work run in between, and is the same file", async () => {
    const services = openServices();
    const h = services.handlers;
    const input = backwardWalk(100, 7);
    const { id } = await recordKeypoints(h, input, {
      startedAt: '2026-03-04T09:30:00.000Z',
      durationMs: 100_000,
      framesPerCall: 600,
    });

    // A ticker standing in for the other requests the main process serves meanwhile.
    let ticks = 0;
    let exporting = true;
    const tick = () => {
      ticks++;
      if (exporting) setImmediate(tick);
    };
    setImmediate(tick);
    const file = await h['export.session']({ id, format: 'csv' });
    exporting = false;
    const parts = Math.ceil(input.frames.length / CSV_ROWS_PER_PART);
    expect(ticks).toBeGreaterThanOrEqual(parts);

    const frames = services.sessions.frames(id, 'lightning');
    const whole = sessionFramesCsv({ frames, metrics: sessionFrameMetrics(frames, input, null) });
    expect(file.text).toBe(whole);
    expect(parse(file.text).data).toHaveLength(input.frames.length);
  });

  it('a session as JSON: details, summary and every step', async () => {
    const services = openServices();
    const h = services.handlers;
    const { id, analysis } = await recordSession(services, { startedAt: '2026-03-04T09:30:00.000Z' });
    await h['sessions.update']({ id, title: 'Hill', variant: 'uphill', tags: ['hill'] });
    const file = await h['export.session']({ id, format: 'json' });
    expect(file.fileName).toBe(`retrowalk-me-2026-03-04-${id}.json`);
    const json = JSON.parse(file.text);
    expect(json.session).toMatchObject({ id, title: 'Hill', variant: 'uphill', tags: ['hill'] });
    expect(json.steps).toHaveLength(analysis.step_list.length);
    expect(json.summary.cadence_spm).toBe(analysis.cadence_spm);
    await expect(h['export.session']({ id, format: 'json', model: 'thunder' })).rejects.toThrow(
      /has no thunder results/,
    );
    await expect(h['export.session']({ id: 999, format: 'csv' })).rejects.toThrow(/No session with id 999/);
  });

  it("a person's sessions as one CSV of summaries, oldest first, trash left out", async () => {
    const services = openServices();
    const h = services.handlers;
    const anna = await h['people.create']({ name: 'Anna', heightCm: 168, birthYear: null });
    const second = await recordSession(services, { personId: anna.id, startedAt: '2026-03-09T10:00:00.000Z', seed: 2 });
    const first = await recordSession(services, { personId: anna.id, startedAt: '2026-03-02T10:00:00.000Z', seed: 1 });
    const trashed = await recordSession(services, {
      personId: anna.id,
      startedAt: '2026-03-05T10:00:00.000Z',
      seed: 3,
    });
    await h['sessions.delete']({ id: trashed.id });
    await h['sessions.update']({ id: first.id, notes: 'line one\nline "two", with comma', tags: ['a', 'b'] });

    const file = await h['export.person']({ personId: anna.id });
    expect(file.fileName).toMatch(/^retrowalk-anna-sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parse(file.text);
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((r) => Number(r.session_id))).toEqual([first.id, second.id]);
    expect(csv.data[0]).toMatchObject({ person: 'Anna', notes: 'line one\nline "two", with comma', tags: 'a; b' });
    expect(Number(csv.data[0].cadence_spm)).toBe(sessionMetrics(first.analysis, 168).cadenceSpm);
    expect(Number(csv.data[1].peak_knee_past_toe_left_cm)).toBe(
      sessionMetrics(second.analysis, 168).peakKneePastToeCm.left,
    );
  });
});
