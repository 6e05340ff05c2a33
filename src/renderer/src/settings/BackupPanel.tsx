import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { BACKUP_URL_PREFIX } from '../../../shared/api';
import { api } from '../api';
import { everythingChanged } from '../data/changes';
import { downloadUrl } from '../app/save-file';
import { Notice } from '../app/Notice';
import { FileInput } from '../app/FileInput';
import { backupSource } from './backup-source';
import { messageOf } from '../api/errors';

type BackupNotice = { kind: 'info' | 'error'; text: string };
type FileAction = 'restore' | 'merge';

/** Back up the whole database, restore it (replacing everything), or add the sessions of another computer's backup. */
export function BackupPanel() {
  const client = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [action, setAction] = useState<FileAction>('restore');
  const [pending, setPending] = useState<File | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<BackupNotice | null>(null);

  const run = (what: string, work: () => Promise<BackupNotice>): void => {
    setBusy(what);
    setNotice(null);
    work()
      .then(setNotice)
      .catch((e: unknown) => setNotice({ kind: 'error', text: messageOf(e) }))
      .finally(() => setBusy(null));
  };

  const backUp = (): void =>
    run('Backing up…', async () => {
      const backup = await api['backup.create']({});
      downloadUrl(BACKUP_URL_PREFIX + encodeURIComponent(backup.fileName), backup.fileName);
      return {
        kind: 'info',
        text: `Backed up ${count(backup.people, 'person', 'people')} and ${count(backup.sessions, 'session', 'sessions')} to ${backup.fileName} (also kept in the data folder's backups). Videos are not in the backup.`,
      };
    });

  const pick = (next: FileAction): void => {
    setAction(next);
    setNotice(null);
    inputRef.current?.click();
  };

  const takeFile = (file: File): void => {
    if (action === 'restore') {
      setPending(file); // replacing everything waits for a confirmation
      return;
    }
    run(`Adding the sessions of ${file.name}…`, async () => {
      const merged = await api['backup.merge'](await backupSource(api, file));
      await everythingChanged(client);
      return {
        kind: 'info',
        text:
          `Added ${count(merged.imported, 'session', 'sessions')} from ${file.name}; skipped ${merged.skipped} already here` +
          `${merged.peopleCreated > 0 ? `; ${count(merged.peopleCreated, 'new person', 'new people')}` : ''}.` +
          `${merged.videosDropped > 0 ? ` ${droppedVideos(merged.videosDropped)}` : ''}`,
      };
    });
  };

  const restore = (file: File): void => {
    setPending(null);
    run(`Restoring ${file.name}…`, async () => {
      const restored = await api['backup.restore'](await backupSource(api, file));
      await everythingChanged(client);
      const notes = [restored.videosDropped > 0 ? droppedVideos(restored.videosDropped) : null, restored.notice].filter(
        (n) => n !== null,
      );
      return {
        kind: 'info',
        text: [
          `Restored ${count(restored.people, 'person', 'people')} and ${count(restored.sessions, 'session', 'sessions')} from ${file.name}. The database it replaced is kept as ${restored.previousKeptAs}.`,
          ...notes,
        ].join(' '),
      };
    });
  };

  return (
    <div className="backup-panel" data-testid="backup-panel">
      <span className="label">Backup</span>
      <p className="muted">
        One file with every person and session (videos are not included). Keep it somewhere safe, or take it to another
        computer.
      </p>
      <div className="button-row">
        <button type="button" data-testid="backup-create" disabled={busy !== null} onClick={backUp}>
          Back up now
        </button>
        <button type="button" data-testid="backup-restore" disabled={busy !== null} onClick={() => pick('restore')}>
          Restore from backup…
        </button>
        <button type="button" data-testid="backup-merge" disabled={busy !== null} onClick={() => pick('merge')}>
          Add sessions from another computer…
        </button>
      </div>
      <FileInput ref={inputRef} label="Backup file" testId="backup-file-input" onFile={takeFile} />
      {pending && (
        <div className="confirm" role="alertdialog" aria-labelledby="restore-question" data-testid="restore-confirm">
          <p id="restore-question">
            Replace <strong>everything</strong> on this computer (every person and session) by the backup{' '}
            <strong>{pending.name}</strong>? The current database is kept aside in the data folder.
          </p>
          <div className="button-row">
            <button type="button" className="danger" data-testid="restore-confirm-yes" onClick={() => restore(pending)}>
              Replace everything
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {busy && (
        <p className="muted" role="status">
          {busy}
        </p>
      )}
      {notice && (
        <Notice kind={notice.kind} testId="backup-notice">
          {notice.text}
        </Notice>
      )}
    </div>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A backup's paths are not trusted: a video it names outside this data folder is not linked. */
function droppedVideos(n: number): string {
  return `${count(n, 'session', 'sessions')} named a video file outside Retrowalk's data folder; for safety ${n === 1 ? 'it is' : 'they are'} kept without a video.`;
}
