/**
 * Video files and session ids: a session id is never handed out again (a restore continues after
 * the replaced database's ids), and a new video never takes an old one's place; files no session
 * names are kept aside.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionVideo } from '../../../src/main/server/media';
import { recording, upload } from './crafted-backup';
import { dataFolder, openServices } from './support';

const contents = (folder: string): Buffer[] => readdirSync(folder).map((name) => readFileSync(join(folder, name)));

describe('a session id handed out again', () => {
  it('after restoring an older backup, a new recording does not overwrite the video of the session it replaces', async () => {
    const dir = dataFolder();
    const services = openServices(dir);
    const h = services.handlers;
    await recording(services, 1000, 1);
    const older = await h['backup.create']({});
    const gone = await recording(services, 1000, 2);
    const newer = await h['backup.create']({});

    const restored = await h['backup.restore']({
      from: 'upload',
      uploadId: await upload(services, join(dir, 'backups', older.fileName)),
    });
    const next = await recording(services, 1000, 3);

    expect(next).toBeGreaterThan(gone); // the restored database continues after every id used before
    expect(readFileSync(services.sessions.get(next)!.videoPath!)).toEqual(Buffer.alloc(1000, 3));
    // The replaced session's video is not overwritten: it is kept aside, and the restore says so.
    const everyVideo = readdirSync(join(dir, 'videos'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name)));
    expect(everyVideo).toContainEqual(Buffer.alloc(1000, 2));
    expect(contents(join(dir, 'videos', 'orphaned'))).toEqual([Buffer.alloc(1000, 2)]);
    expect(restored.notice).toMatch(
      /^1 video file in .* belonged to no session .*; moved to .*orphaned, nothing was deleted: \d+-[0-9a-f]{8}\.webm\.$/,
    );

    // Restoring the newer backup gives that session its video back; the recording made since is kept aside.
    const undone = await h['backup.restore']({
      from: 'upload',
      uploadId: await upload(services, join(dir, 'backups', newer.fileName)),
    });
    expect(readFileSync(sessionVideo(services, gone)!.path)).toEqual(Buffer.alloc(1000, 2));
    expect(contents(join(dir, 'videos', 'orphaned'))).toEqual([Buffer.alloc(1000, 3)]);
    expect(undone.notice).toMatch(/1 video file kept in .*orphaned went back to their sessions/);
  });
});

describe('video files no session names', () => {
  it('an import cut off between placing its video and saving its session: the file is moved aside at the next start, and said', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    const kept = await recording(first, 500, 4);
    const keptPath = first.sessions.get(kept)!.videoPath!;
    first.close();
    // What the import leaves when killed inside its saving transaction: the copy in videos/, no row.
    writeFileSync(join(dir, 'videos', '2-0badc0de.mp4'), Buffer.alloc(700, 5));

    const services = openServices(dir);

    expect(readdirSync(join(dir, 'videos', 'orphaned'))).toEqual(['2-0badc0de.mp4']);
    expect(readFileSync(join(dir, 'videos', 'orphaned', '2-0badc0de.mp4'))).toEqual(Buffer.alloc(700, 5));
    expect(services.info.startupNotice).toMatch(
      /1 video file in .*videos belonged to no session .* moved to .*orphaned, nothing was deleted: 2-0badc0de\.mp4\./,
    );
    expect(readFileSync(keptPath)).toEqual(Buffer.alloc(500, 4));
    expect(sessionVideo(services, kept)?.path).toBe(keptPath);
  });

  it('a start with every file named says nothing', async () => {
    const dir = dataFolder();
    const first = openServices(dir);
    await recording(first, 100);
    first.close();
    expect(openServices(dir).info.startupNotice).toBeNull();
  });
});
