import { settingsSchema } from '../../../shared/api';

/** Reads the height field: empty = not set; otherwise a number within the range settings accept. */
export function parseHeightCm(text: string): { heightCm: number | null } | { error: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { heightCm: null };
  const value = Number(trimmed);
  const checked = settingsSchema.shape.heightCm.safeParse(value);
  if (!Number.isFinite(value) || !checked.success) {
    return { error: `"${text.trim()}" is not a height in centimetres between 50 and 250.` };
  }
  return { heightCm: Math.round(value * 10) / 10 };
}
