/**
 * A stored video path never leads outside the data folder's videos/: restored and merged rows that
 * name another file lose their video (and say so); what is served and deleted is checked on use.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionVideo } from '../../../src/main/server/media';
import { craftedBackup, recording, upload } from './crafted-backup';
import { dataFolder, openServices } from './support';

/** A file of the user's outside the data folder, which no session may touch. */
function outsideFile(name: string): string {
  const path = join(dataFolder(), name);
  writeFileSync(path, `secret ${name}\n`);
  return path;
}

describe('a crafted backup', () => {
  it('restored: rows naming files outside videos/ lose their video; the expired trash deletes nothing outside', async () => {
    const secret = outsideFile('passwd');
    const other = outsideFile('notes.txt');
    const dir = dataFolder();
    mkdirSync(join(dir, 'videos'));
    symlinkSync(secret, join(dir, 'videos', 'link.webm')); // inside by name, outside by realpath
    const backup = await craftedBackup([
      { source: 'recorded', video_owned: 1, video_path: secret, deleted_at: '2000-01-01T00:00:00.000Z' }, // purged at once: its "video" deleted
      { source: 'imported', video_owned: 1, video_path: other, deleted_at: '2000-01-01T00:00:00.000Z' },
      { source: 'imported', video_owned: 0, video_path: secret }, // "referenced": served as a video
      { source: 'recorded', video_owned: 1, video_path: join(dir, 'videos', 'link.webm') },
      { source: 'recorded', video_owned: 1, video_path: join(dir, 'videos', '..', 'retrowalk.db') },
      { source: 'recorded', video_owned: 1, video_path: join(dir, 'videos', '7-0123abcd.webm') }, // Retrowalk's own name: kept
    ]);
    const services = openServices(dir);

    const restored = await services.handlers['backup.restore']({
      from: 'upload',
      uploadId: await upload(services, backup),
    });

    expect(readFileSync(secret, 'utf8')).toBe('secret passwd\n');
    expect(readFileSync(other, 'utf8')).toBe('secret notes.txt\n');
    expect(existsSync(join(dir, 'retrowalk.db'))).toBe(true);
    // The two in a long-expired trash were deleted for good at once: their rows only.
    expect(restored).toMatchObject({ sessions: 4, videosDropped: 5 });
    const paths = services.db.prepare('SELECT video_path FROM sessions ORDER BY id').pluck().all();
    expect(paths).toEqual([null, null, null, join(dir, 'videos', '7-0123abcd.webm')]);
    for (const id of services.db.prepare('SELECT id FROM sessions').pluck().all() as number[])
      expect(sessionVideo(services, id)).toBeNull();
  });

  it('merged: a video referenced by path there is not linked here, and the merge says so', async () => {
    const secret = outsideFile('passwd');
    const backup = await craftedBackup([
      { source: 'imported', video_owned: 0, video_path: secret },
      { source: 'recorded', video_owned: 1, video_path: '/elsewhere/videos/1.webm' },
    ]);
    const services = openServices(dataFolder(), { mode: 'electron' });

    const merged = await services.handlers['backup.merge']({ from: 'path', path: backup });
    expect(services.db.prepare('SELECT video_path FROM sessions').pluck().all()).toEqual([null, null]);
    expect(merged).toEqual({ imported: 2, skipped: 0, peopleCreated: 1, videosDropped: 1 });
  });
});

describe('a stored path used to serve or delete', () => {
  it('outside videos/ (a database edited by hand, an older restore): not served, not deleted', async () => {
    const secret = outsideFile('passwd');
    const dir = dataFolder();
    const services = openServices(dir);
    const copy = await recording(services, 100);
    const viaLink = await recording(services, 100);
    mkdirSync(join(dir, 'videos'), { recursive: true });
    symlinkSync(secret, join(dir, 'videos', 'link.webm'));
    const setVideo = services.db.prepare(
      "UPDATE sessions SET source = 'imported', video_owned = 1, video_path = ? WHERE id = ?",
    );
    setVideo.run(secret, copy);
    setVideo.run(join(dir, 'videos', 'link.webm'), viaLink);

    for (const id of [copy, viaLink]) {
      expect(sessionVideo(services, id)).toBeNull();
      await services.handlers['sessions.delete']({ id });
      expect(await services.handlers['sessions.purge']({ id })).toEqual({ deleted: true });
    }
    expect(readFileSync(secret, 'utf8')).toBe('secret passwd\n');
  });

  it('inside videos/: served, and deleted with its session', async () => {
    const services = openServices();
    const id = await recording(services, 100, 9);
    const path = services.sessions.get(id)!.videoPath!;
    expect(sessionVideo(services, id)).toEqual({ path, mimeType: 'video/webm' });
    expect(readFileSync(path)).toEqual(Buffer.alloc(100, 9));
    await services.handlers['sessions.delete']({ id });
    await services.handlers['sessions.purge']({ id });
    expect(existsSync(path)).toBe(false);
  });
});
