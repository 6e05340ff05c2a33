import { describe, expect, it } from 'vitest';
import {
  FrameBatcher,
  MAX_FRAMES_PER_BATCH,
  type StoredFrame,
} from '../../../src/renderer/src/recording/frame-batcher';
import { OrderedSender } from '../../../src/renderer/src/recording/ordered-sender';
import type { Keypoint } from '../../../src/shared/pose/types';

const pose = (x: number): Keypoint[] =>
  Array.from({ length: 17 }, (_, i) => [x + i + 0.04321, 100.26, 0.87654] as const);

describe('OrderedSender', () => {
  it('sends items one at a time in push order, even when sends finish at different speeds', async () => {
    const order: number[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const sender = new OrderedSender<number>(
      async (n) => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise((r) => setTimeout(r, n % 2 === 0 ? 15 : 1));
        order.push(n);
        concurrent -= 1;
      },
      () => undefined,
    );
    for (let i = 0; i < 6; i++) sender.push(i);
    await sender.drain();
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(maxConcurrent).toBe(1);
    expect(sender.pending).toBe(0);
  });

  it('keeps a failed item first in line and sends it again on the next drain', async () => {
    const delivered: string[] = [];
    const errors: unknown[] = [];
    let failNext = true;
    const sender = new OrderedSender<string>(
      (item) => {
        if (item === 'b' && failNext) {
          failNext = false;
          return Promise.reject(new Error('server gone'));
        }
        delivered.push(item);
        return Promise.resolve();
      },
      (e) => errors.push(e),
    );
    sender.push('a');
    sender.push('b');
    sender.push('c');
    await expect(sender.drain()).rejects.toThrow('server gone');
    expect(delivered).toEqual(['a']);
    expect(sender.pending).toBe(2);
    expect(errors).toHaveLength(1);
    await sender.drain();
    expect(delivered).toEqual(['a', 'b', 'c']);
  });
});

describe('FrameBatcher', () => {
  it('hands each cut over as one batch, in order, with compact numbers', async () => {
    const batches: StoredFrame[][] = [];
    const sender = new OrderedSender<StoredFrame[]>(
      (b) => {
        batches.push(b);
        return Promise.resolve();
      },
      () => undefined,
    );
    const batcher = new FrameBatcher(sender);
    for (let i = 0; i < 30; i++) batcher.add(i * 33.3333, i % 10 === 9 ? null : pose(i));
    batcher.cut();
    batcher.add(1000.04, pose(50));
    batcher.cut();
    batcher.cut(); // nothing new: no empty batch
    await sender.drain();

    expect(batches.map((b) => b.length)).toEqual([30, 1]);
    expect(batches[0][1].t).toBe(33.3);
    expect(batches[0][9].keypoints).toBeNull();
    expect(batches[0][0].keypoints![2]).toEqual([2, 100.3, 0.877]);
    expect(batches[1][0].t).toBe(1000);
  });

  it('never makes a batch larger than the API accepts', async () => {
    const sizes: number[] = [];
    const sender = new OrderedSender<StoredFrame[]>(
      (b) => {
        sizes.push(b.length);
        return Promise.resolve();
      },
      () => undefined,
    );
    const batcher = new FrameBatcher(sender);
    for (let i = 0; i < MAX_FRAMES_PER_BATCH * 2 + 5; i++) batcher.add(i, null);
    batcher.cut();
    await sender.drain();
    expect(sizes).toEqual([MAX_FRAMES_PER_BATCH, MAX_FRAMES_PER_BATCH, 5]);
  });
});
