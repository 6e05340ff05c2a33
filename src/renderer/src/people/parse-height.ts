import { heightCmSchema } from '../../../shared/api';

/** Reads a height field: empty = not set; otherwise a number within the range a person may have. */
export function parseHeightCm(text: string): { heightCm: number | null } | { error: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { heightCm: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !heightCmSchema.safeParse(value).success) {
    return { error: `"${text.trim()}" is not a height in centimetres between 50 and 250.` };
  }
  return { heightCm: Math.round(value * 10) / 10 };
}
