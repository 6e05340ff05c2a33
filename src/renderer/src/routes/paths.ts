/**
 * The app's addresses, built and read in one place. They live after the # of the window's URL
 * (hash history): the desktop window loads an app:// file and browser mode a page served at "/",
 * and either way the address of a screen survives a reload, Back and Forward, and a deep link.
 */
import { variantSchema, type Variant } from '../../../shared/api';

export type ReportTarget =
  { kind: 'session'; sessionId: number } | { kind: 'person'; personId: number; variant: Variant | null };

/** Where each screen is. */
export const paths = {
  live: '/',
  sessions: '/sessions',
  trash: '/sessions/trash',
  session: (id: number) => `/sessions/${id}`,
  replay: (id: number) => `/sessions/${id}/replay`,
  /** The active person's two latest sessions. */
  compare: '/compare',
  comparePair: (a: number, b: number) => `/compare/${a}/${b}`,
  progress: '/progress',
  people: '/people',
  settings: '/settings',
  report: (target: ReportTarget) =>
    target.kind === 'session'
      ? `/report/session/${target.sessionId}`
      : `/report/person/${target.personId}${target.variant ? `/${target.variant}` : ''}`,
};

/** The routes' patterns (react-router's), one per screen, matching `paths`. */
export const patterns = {
  sessions: 'sessions',
  trash: 'sessions/trash',
  session: 'sessions/:sessionId',
  replay: 'sessions/:sessionId/replay',
  compare: 'compare',
  comparePair: 'compare/:a/:b',
  progress: 'progress',
  people: 'people',
  settings: 'settings',
  sessionReport: 'report/session/:sessionId',
  personReport: 'report/person/:personId/:variant?',
};

/** An id in an address: digits only, a safe integer; null for anything else (the screen is then not found). */
export function parseId(param: string | undefined): number | null {
  if (param === undefined || !/^\d{1,15}$/.test(param)) return null;
  const id = Number(param);
  return Number.isSafeInteger(id) ? id : null;
}

/** The report a person report's address names (no variant: all of them); null for an unknown variant. */
export function parsePersonReport(params: { personId?: string; variant?: string }): ReportTarget | null {
  const personId = parseId(params.personId);
  if (personId === null) return null;
  if (params.variant === undefined) return { kind: 'person', personId, variant: null };
  const variant = variantSchema.safeParse(params.variant);
  return variant.success ? { kind: 'person', personId, variant: variant.data } : null;
}

/**
 * Where switching the active person leads from `pathname`: a session, its replay or a chosen pair
 * belong to the previous person, so the new person's list or default pair; null: the screen stays
 * (it follows the active person by itself).
 */
export function afterPersonSwitch(pathname: string): string | null {
  if (/^\/sessions\/\d+(\/|$)/.test(pathname)) return paths.sessions;
  if (/^\/compare\/./.test(pathname)) return paths.compare;
  return null;
}
