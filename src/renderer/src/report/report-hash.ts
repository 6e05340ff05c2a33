/**
 * The report's address in the window's hash, so a report is a page of its own (printed alone, and
 * the desktop app's "Save as PDF" prints the window): #report/session/<id>, #report/person/<id>
 * or #report/person/<id>/<variant>.
 */
import { variantSchema, type Variant } from '../../../shared/api';

export type ReportTarget =
  { kind: 'session'; sessionId: number } | { kind: 'person'; personId: number; variant: Variant | null };

export function reportHash(target: ReportTarget): string {
  if (target.kind === 'session') return `#report/session/${target.sessionId}`;
  return `#report/person/${target.personId}${target.variant ? `/${target.variant}` : ''}`;
}

/** The report a hash names, or null for any other hash (the app itself). */
export function parseReportHash(hash: string): ReportTarget | null {
  const m = /^#report\/(session|person)\/(\d+)(?:\/([\w-]+))?$/.exec(hash);
  if (!m) return null;
  const id = Number(m[2]);
  if (!Number.isSafeInteger(id)) return null;
  if (m[1] === 'session') return m[3] === undefined ? { kind: 'session', sessionId: id } : null;
  if (m[3] === undefined) return { kind: 'person', personId: id, variant: null };
  const variant = variantSchema.safeParse(m[3]);
  return variant.success ? { kind: 'person', personId: id, variant: variant.data } : null;
}
