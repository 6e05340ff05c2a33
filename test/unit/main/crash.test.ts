import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services';
import { asStored, makeFrames, tempDataDir } from './support';

const data = tempDataDir();
afterEach(() => data.remove());

it('a recording process killed mid-session leaves every committed batch readable, the session interrupted', async () => {
  const recorder = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures/recorder.ts'), data.dir], {
    cwd: join(__dirname, '../../..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  recorder.stderr.on('data', (d) => (err += d));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    recorder.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    recorder.stdout.on('data', (d) => {
      out += d;
      // Kill it in the middle of its work, well after several batches have committed.
      if (/committed 12\n/.test(out)) {
        recorder.kill('SIGKILL');
        resolve();
      }
    });
    recorder.on('exit', () => reject(new Error(`recorder exited by itself:\n${out}\n${err}`)));
  });
  expect(await exited).toBe('SIGKILL');
  const committed = Math.max(...[...out.matchAll(/committed (\d+)/g)].map((m) => Number(m[1])));
  const id = Number(/session (\d+)/.exec(out)![1]);

  const services = createServices({ dataDir: data.dir, mode: 'browser' });
  try {
    expect(services.interruptedAtStart).toEqual([id]);
    const frames = services.sessions.frames(id);
    // Batches committed after the last line was read may be there too; none before it may be missing.
    expect(frames.length).toBeGreaterThanOrEqual(committed * 30);
    expect(frames.length % 30).toBe(0);
    expect(frames).toEqual(asStored(makeFrames(frames.length, { nullEvery: 7 })));
    const session = services.sessions.get(id)!;
    expect(session).toMatchObject({
      status: 'interrupted',
      frameCount: frames.length,
      durationMs: frames[frames.length - 1].t,
    });
    expect(session.videoBytes).toBeGreaterThanOrEqual(committed * 1000);
    expect(readFileSync(session.videoPath!).subarray(0, committed * 1000)).toEqual(
      Buffer.concat(Array.from({ length: committed }, (_, i) => Buffer.alloc(1000, i % 256))),
    );
  } finally {
    services.close();
  }
});
