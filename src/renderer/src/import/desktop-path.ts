/** The desktop app can hand over a picked file's path (no upload, and the choice to reference it in place). */
export function desktopPath(file: File): string | null {
  const bridge = window.retrowalk as { pathForFile?: (file: File) => string } | undefined;
  return bridge?.pathForFile?.(file) || null;
}

export const canUsePaths =
  typeof window !== 'undefined' &&
  typeof (window.retrowalk as { pathForFile?: unknown } | undefined)?.pathForFile === 'function';
