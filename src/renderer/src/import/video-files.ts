/** Which files the import takes: the videos phones and cameras make. The server checks the content. */
export const VIDEO_EXTENSIONS = ['.mp4', '.m4v', '.mov', '.webm'] as const;
export const VIDEO_ACCEPT = [...VIDEO_EXTENSIONS, 'video/mp4', 'video/quicktime', 'video/webm'].join(',');

/** Null when the file looks like a video to import, else why not (one sentence for the user). */
export function refuseFile(file: Pick<File, 'name' | 'type' | 'size'>): string | null {
  const name = file.name.toLowerCase();
  const knownType = file.type.startsWith('video/');
  if (!knownType && !VIDEO_EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return `${file.name} is not a video Retrowalk can import: choose an mp4, mov or webm file.`;
  }
  if (file.size === 0) return `${file.name} is empty: there is no video in it.`;
  return null;
}

/** "1 min 05 s", "12 s": a time left that reads at a glance. */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating time left…';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `about ${s} s left`;
  return `about ${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s left`;
}
