import { formatDate } from '../sessions/format';

/** The caveat and print date at the foot of every printed report. */
export function ReportFooter() {
  return (
    <footer className="report-foot muted">
      Measured from one camera with MoveNet pose estimation: good for following your own progress, not a clinical
      measurement. Printed {formatDate(new Date().toISOString())}.
    </footer>
  );
}
