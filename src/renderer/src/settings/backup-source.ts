import type { ApiRequest, RetrowalkApi } from '../../../shared/api';
import { desktopPath } from '../import/desktop-path';
import { uploadFile } from '../import/upload-file';

/** Where backup.restore / backup.merge read a picked backup file: its path in the desktop app, else an upload. */
export async function backupSource(api: RetrowalkApi, file: File): Promise<ApiRequest<'backup.restore'>> {
  const path = desktopPath(file);
  if (path) return { from: 'path', path };
  return { from: 'upload', uploadId: await uploadFile(api, file) };
}
