import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeSession } from '../../../src/shared/gait';
import { PERSON_CSV_COLUMNS, personSummariesCsv, toCsv } from '../../../src/shared/export';
import { sessionMetrics } from '../../../src/shared/progress';
import { synthesizeGait } from '../../support/synthetic-gait';
import { person, session } from './fixtures';

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: false }).data;

describe('toCsv: escaping', () => {
  const tricky = ['a, b', 'say "hi"', 'two\nlines', 'cr\r\nlf', 'Zoë 🚶‍♀️ 後ろ歩き', ' padded ', ''];
  it('gives back every text exactly: commas, quotes, line breaks, unicode, spaces', () => {
    const text = toCsv(
      ['x'],
      tricky.map((t) => [t]),
    );
    expect(
      parse(text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(tricky);
    expect(text.split('\r\n')[2]).toBe('"say ""hi"""'); // quotes doubled inside quotes (RFC 4180)
  });

  it('guards formula-looking text with an apostrophe, and leaves numbers alone', () => {
    const cells = [
      '=HYPERLINK("http://x","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tTAB',
      '=1+1\nsecond line',
      'ok = fine',
    ];
    const text = toCsv(
      ['text', 'number'],
      cells.map((c, i) => [c, -1.5 - i]),
    );
    const rows = parse(text).slice(1);
    expect(rows.map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://x","click")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTAB",
      "'=1+1\nsecond line",
      'ok = fine',
    ]);
    // negative numbers are written as numbers, not text, and not guarded
    expect(rows.map((r) => r[1])).toEqual(['-1.5', '-2.5', '-3.5', '-4.5', '-5.5', '-6.5', '-7.5']);
    expect(text).toContain('\r\nok = fine,-7.5');
  });

  it('writes null and non-finite numbers as empty cells, and refuses a row of the wrong length', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, NaN, 0]])).toBe('a,b,c\r\n,,0');
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow('CSV row has 1 cells for 2 columns');
  });
});

describe('personSummariesCsv', () => {
  const walk = synthesizeGait({
    segments: [{ mode: 'backward', duration_s: 10 }],
    facing: 'left',
    stepTimeRatio: 1 / 1.15,
    noisePx: 0.5,
  }); // right steps longer: SI < 0
  const analysis = analyzeSession(walk.input, {});
  const metrics = sessionMetrics(analysis, person.heightCm);

  it("one row per session with the user's details and the numbers of progress, parsed back intact", () => {
    const sessions = [
      session(
        {
          id: 7,
          title: '=cmd|"/C calc"!A0',
          notes: 'Windy.\nFelt "great", knees fine',
          tags: ['sled', '+10kg'],
          variant: 'sled',
          loadKg: 12.5,
          distanceM: 40,
        },
        analysis,
      ),
      session({ id: 8, startedAt: '2026-03-04T08:00:00.000Z', analysis: null, results: [] }),
    ];
    const text = personSummariesCsv(person, sessions, new Map([[7, metrics]]));
    const rows = Papa.parse<Record<string, string | number | null>>(text, {
      header: true,
      dynamicTyping: (field) => field !== 'started_at',
    }).data;
    expect(rows).toHaveLength(2);
    const [a, b] = rows;
    expect(a).toMatchObject({
      person: 'Zoë, "the kid"',
      session_id: 7,
      started_at: '2026-03-02T17:30:00.000Z',
      title: `'=cmd|"/C calc"!A0`,
      variant: 'sled',
      load_kg: 12.5,
      distance_m: 40,
      recording_duration_s: 61.5,
      notes: 'Windy.\nFelt "great", knees fine',
      tags: 'sled; +10kg',
      model: 'lightning',
      direction: 'backward',
      backward_s: metrics.backwardS,
      steps: metrics.steps,
      cadence_spm: metrics.cadenceSpm,
      step_time_si_pct: metrics.stepTimeSiPct,
      knee_rom_left_deg: metrics.kneeRomDeg.left,
      knee_rom_right_deg: metrics.kneeRomDeg.right,
      peak_knee_past_toe_left_cm: metrics.peakKneePastToeCm.left,
      peak_knee_past_toe_right_deg: metrics.peakKneePastToeDeg.right,
      balance_score: metrics.balanceScore,
    });
    // the asymmetric walk's SI is a negative number and comes back as one
    expect(a.step_time_si_pct).toBeLessThan(-5);
    // an unanalysed session: its details, empty numbers
    expect(b).toMatchObject({ session_id: 8, title: null, cadence_spm: null, steps: null, load_kg: null });
    expect(Object.keys(a)).toEqual([...PERSON_CSV_COLUMNS]);
  });

  it('adds the imperial columns last, as the app writes them (in = cm / 2.54, lb, ft, to 0.1)', () => {
    const measured = analyzeSession(walk.input, { heightCm: 170 });
    const withCm = sessionMetrics(measured, 170);
    const sled = session({ id: 7, variant: 'sled', loadKg: 20, distanceM: 200 }, measured);
    const [row] = Papa.parse<Record<string, number | null>>(
      personSummariesCsv(person, [sled, session({ id: 8 })], new Map([[7, withCm]])),
      { header: true, dynamicTyping: true },
    ).data;
    expect(PERSON_CSV_COLUMNS.slice(-4)).toEqual([
      'load_lb',
      'distance_ft',
      'peak_knee_past_toe_left_in',
      'peak_knee_past_toe_right_in',
    ]);
    expect(row).toMatchObject({
      load_kg: 20,
      load_lb: 44.1, // 20 / 0.45359237 = 44.09
      distance_m: 200,
      distance_ft: 656.2, // 200 / 0.3048 = 656.17
      peak_knee_past_toe_left_cm: withCm.peakKneePastToeCm.left,
      peak_knee_past_toe_left_in: Number((withCm.peakKneePastToeCm.left! / 2.54).toFixed(1)),
      peak_knee_past_toe_right_in: Number((withCm.peakKneePastToeCm.right! / 2.54).toFixed(1)),
    });
    expect(withCm.peakKneePastToeCm.left).not.toBeNull();
  });

  it("every row has the header's column count", () => {
    const text = personSummariesCsv(
      person,
      [session({ notes: 'a,b\nc' }, analysis), session({ id: 9 })],
      new Map([[7, metrics]]),
    );
    const rows = parse(text);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([PERSON_CSV_COLUMNS.length]));
    expect(personSummariesCsv(person, [], new Map())).toBe(PERSON_CSV_COLUMNS.join(','));
  });
});
