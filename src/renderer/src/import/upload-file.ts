/**
 * Browser mode's import: the file goes to the data folder in chunks (never read whole into memory),
 * one chunk in flight at a time; an upload that fails or is cancelled is aborted so its temporary
 * file is deleted.
 */
import type { RetrowalkApi } from '../../../shared/api';

export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
  }
}

export async function uploadFile(
  api: Pick<RetrowalkApi, 'import.uploadBegin' | 'import.uploadChunk' | 'import.uploadAbort'>,
  file: File,
  options: { signal?: AbortSignal; onProgress?: (sentBytes: number, totalBytes: number) => void } = {},
): Promise<string> {
  const { uploadId, chunkBytes } = await api['import.uploadBegin']({ fileName: file.name, bytes: file.size });
  try {
    for (let offset = 0; offset < file.size;) {
      if (options.signal?.aborted) throw new UploadCancelled();
      const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
      if (bytes.byteLength === 0)
        throw new Error(`${file.name} could not be read past byte ${offset} (was it moved or changed?).`);
      const { received } = await api['import.uploadChunk']({ uploadId, offset, bytes });
      offset = received;
      options.onProgress?.(offset, file.size);
    }
    return uploadId;
  } catch (err) {
    await api['import.uploadAbort']({ uploadId }).catch(() => undefined);
    throw err;
  }
}
