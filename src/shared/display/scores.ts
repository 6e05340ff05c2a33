/**
 * How the 0–100 scores (the balance grade and its parts) are written on every screen: with their
 * scale, their direction and one line saying what they measure (docs/metrics.md "Balance").
 * The levels in the meanings are read from BALANCE_RULES, so the words follow the formula.
 */
import { BALANCE_RULES } from '../gait/constants';

/** "62/100", "—". */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '—';
  return `${Math.round(score)}/100`;
}

/** The direction of every 0–100 score shown. */
export const SCORE_DIRECTION = 'higher = steadier';

export const BALANCE_MEANING = `Balance grade, 0–100 (${SCORE_DIRECTION}): the weighted mean of five parts, each 100 when steady and 0 when poor.`;

export interface BalancePart {
  /** The sub-score's key in the analysis (balance.subscores). */
  key: string;
  /** What a high score means, in plain words. */
  label: string;
  /** One line: the measure and the levels that give 100 and 0. */
  meaning: string;
}

const WORDS: Record<string, { label: string; what: string; level: (x: number) => string }> = {
  trunk_sway: { label: 'Steady trunk', what: "how much the upper body's lean varies", level: (x) => `±${x}°` },
  pelvis_sway: { label: 'Steady hips', what: 'how much the hips bob', level: (x) => `${x} % of the height` },
  rhythm_regularity: { label: 'Even rhythm', what: 'how much the step times vary', level: (x) => `${x} %` },
  path_deviation: {
    label: 'Straight path',
    what: 'how far the path wanders off a straight line',
    level: (x) => `${x} % of the height`,
  },
  stumbles_stops: { label: 'No stumbles or stops', what: 'stumbles and stops', level: (x) => `${x} a minute` },
};

/** The balance grade's parts in the grade's order, each with its label and meaning. */
export const BALANCE_PARTS: readonly BalancePart[] = Object.values(BALANCE_RULES).map((rule) => {
  // a part added to the grade without words here still shows, under its key's own words
  const words = WORDS[rule.key] ?? {
    label: rule.key.replace(/_/g, ' '),
    what: rule.key.replace(/_/g, ' '),
    level: String,
  };
  return {
    key: rule.key,
    label: words.label,
    meaning: `${words.what.charAt(0).toUpperCase()}${words.what.slice(1)}: 100 at ${words.level(rule.good)} or less, 0 at ${words.level(rule.poor)} or more.`,
  };
});
