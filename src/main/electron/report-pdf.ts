/**
 * report.savePdf in the desktop app: prints the window that asked (the report view) to an A4 PDF and
 * writes it where the user chooses. Browser mode has no such channel; the report prints from the browser.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { ApiRequest, ApiResponses } from '../../shared/api';

/** The suggested name as a safe file name ending in .pdf (no folders, no characters file systems refuse). */
function pdfFileName(suggested: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not hold
  const base = suggested.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim() || 'Retrowalk report';
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}

export async function saveReportPdf(
  sender: WebContents,
  request: ApiRequest<'report.savePdf'>,
): Promise<ApiResponses['report.savePdf']> {
  // Printed before the dialog opens, so the PDF is the page as it was when the user clicked.
  const pdf = await sender.printToPDF({ printBackground: true, pageSize: 'A4' });
  const options = {
    title: 'Save the report as PDF',
    defaultPath: join(app.getPath('documents'), pdfFileName(request.suggestedName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const window = BrowserWindow.fromWebContents(sender);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, path: null };
  await writeFile(choice.filePath, pdf);
  return { saved: true, path: choice.filePath };
}
