import { useEffect, useState } from 'react';
import { parseReportHash, reportHash, type ReportTarget } from './report-hash';

export type { ReportTarget };

/** Shows the one-page report of a session or of a person's progress, in place of the app's screens. */
export function openReport(target: ReportTarget): void {
  openedFromApp = true;
  window.location.hash = reportHash(target);
}

/** Whether Back can return through history (false when the window was opened on a report). */
let openedFromApp = false;

/** Back to the app from a report. */
export function closeReport(): void {
  if (openedFromApp) window.history.back();
  else window.location.hash = '';
  openedFromApp = false;
}

/** The report the window's hash names, or null; follows the hash (openReport, Back). */
export function useReportRoute(): ReportTarget | null {
  const [target, setTarget] = useState(() => parseReportHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setTarget(parseReportHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return target;
}
