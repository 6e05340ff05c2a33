import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api';
import { api } from '../api';
import { useGoBack } from '../routes/go-back';
import { paths, type ReportTarget } from '../routes/paths';
import '../styles/report.css';
import { Notice } from '../app/Notice';
import { PersonReport } from './PersonReport';
import { SessionReport } from './SessionReport';
import { messageOf } from '../api/errors';

const message = (e: unknown) => messageOf(e);

/**
 * A report on its own page, without the app's header, as an A4 sheet: Back, and "Save as PDF" in the
 * desktop app (the main process prints the window) or "Print…" in browser mode (the browser's
 * dialog can save a PDF). Back returns where the report was opened from; a window opened on the
 * report goes to where such a report is opened.
 */
export function ReportPage({ target, mode }: { target: ReportTarget; mode: AppInfo['mode'] | null }) {
  const goBack = useGoBack(target.kind === 'session' ? paths.sessions : paths.progress);
  const [suggestedName, setSuggestedName] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  // opened from a scrolled screen (a chart low on the progress screen): start at the sheet's top
  const address = paths.report(target);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [address]);

  // The browser offers the page title as the PDF's file name.
  useEffect(() => {
    if (!suggestedName) return;
    const before = document.title;
    document.title = suggestedName.replace(/\.pdf$/, '');
    return () => {
      document.title = before;
    };
  }, [suggestedName]);

  const savePdf = async () => {
    if (!suggestedName) return;
    setSaving(true);
    setStatus(null);
    try {
      const { saved, path } = await api['report.savePdf']({ suggestedName });
      if (saved) setStatus({ kind: 'info', text: `Saved as ${path ?? suggestedName}` });
    } catch (e) {
      setStatus({ kind: 'error', text: `Could not save the PDF: ${message(e)}` });
    } finally {
      setSaving(false);
    }
  };
  const onReady = useCallback((name: string) => setSuggestedName(name), []);

  return (
    <div className="report-screen" data-testid="report-page" data-kind={target.kind}>
      <div className="report-actions">
        <button type="button" onClick={goBack} data-testid="report-back">
          ← Back
        </button>
        {mode === 'electron' && (
          <button
            type="button"
            onClick={() => void savePdf()}
            disabled={!suggestedName || saving}
            data-testid="report-save-pdf"
          >
            {saving ? 'Saving…' : 'Save as PDF'}
          </button>
        )}
        {mode === 'browser' && (
          <>
            <button type="button" onClick={() => window.print()} disabled={!suggestedName} data-testid="report-print">
              Print…
            </button>
            <span className="hint">To get a PDF, choose “Save as PDF” as the printer.</span>
          </>
        )}
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
      </div>
      <article className="report-sheet" aria-label="Report">
        {target.kind === 'session' ? (
          <SessionReport sessionId={target.sessionId} onReady={onReady} />
        ) : (
          <PersonReport personId={target.personId} variant={target.variant} onReady={onReady} />
        )}
      </article>
    </div>
  );
}
