/**
 * Saves a file the app made, the same way in browser mode and in Electron: a click on an
 * `<a download>` (Electron then asks where to save it, a browser saves it to Downloads).
 */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves text (an export) as a file named `fileName`. */
export function saveTextFile(file: { fileName: string; mimeType: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  downloadUrl(url, file.fileName);
  // The download has started reading the blob by the time this runs; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
