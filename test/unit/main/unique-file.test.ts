/** New files in Retrowalk's folders: never onto a file that is there (an id handed out again). */
import { closeSync, existsSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { createNewFile, moveToNewName } from '../../../src/main/files/uniqueFile';
import { tempDataDir } from './support';

it('a new file never replaces one with the name it would have had', () => {
  const data = tempDataDir();
  onTestFinished(data.remove);
  const dir = data.dir;
  writeFileSync(join(dir, '5.webm'), 'older video');
  const created = createNewFile(dir, '5', '.webm');
  writeSync(created.fd, 'new');
  closeSync(created.fd);
  expect(created.path).toMatch(/5-[0-9a-f]{8}\.webm$/);
  expect(readFileSync(join(dir, '5.webm'), 'utf8')).toBe('older video');

  writeFileSync(join(dir, 'incoming.copy'), 'imported');
  const moved = moveToNewName(join(dir, 'incoming.copy'), dir, '5', '.webm');
  expect([
    readFileSync(moved, 'utf8'),
    readFileSync(join(dir, '5.webm'), 'utf8'),
    existsSync(join(dir, 'incoming.copy')),
  ]).toEqual(['imported', 'older video', false]);
});
