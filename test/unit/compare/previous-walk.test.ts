/** "Compare with previous": the person's previous walk of the same direction and variant. */
import { describe, expect, it } from 'vitest';
import { previousWalkPair } from '../../../src/renderer/src/compare/previous-walk';

type W = { id: number; direction: string | null; variant: 'flat' | 'uphill' | 'treadmill-off' | 'sled' };
const w = (id: number, direction: string | null, variant: W['variant'] = 'flat'): W => ({ id, direction, variant });
/** The pair picked, A then B, and what the screen says about it (null: nothing to say). */
const pair = (a: number, b: number, note: string | null = null) => ({ a, b, note });

// newest first: 60 backward flat, 50 forward flat, 40 backward sled, 30 backward flat, 20 forward flat, 10 mixed flat
const list = [
  w(60, 'backward'),
  w(50, 'forward'),
  w(40, 'backward', 'sled'),
  w(30, 'backward'),
  w(20, 'forward'),
  w(10, 'mixed'),
];

describe('the walk "Compare with previous" picks', () => {
  it('is the previous walk of the same direction and variant, skipping forward walks and other variants', () => {
    expect(previousWalkPair(list, 60)).toEqual(pair(30, 60));
    expect(previousWalkPair(list, 50)).toEqual(pair(20, 50));
  });

  it('for the first walk of its kind: it and the next one of its kind, said so', () => {
    expect(previousWalkPair(list, 30)).toEqual(
      pair(30, 60, 'This is the first backward walk (flat ground): compared with the next one.'),
    );
    expect(previousWalkPair(list, 20)).toEqual(
      pair(20, 50, 'This is the first forward walk (flat ground): compared with the next one.'),
    );
  });

  it('else the previous (then next) walk of the same direction in another variant, said so', () => {
    expect(previousWalkPair(list, 40)).toEqual(
      pair(30, 40, 'No other backward walk (sled): compared with the previous walk, a backward walk (flat ground).'),
    );
    expect(previousWalkPair([w(2, 'backward'), w(1, 'backward', 'uphill')], 1)).toEqual(
      pair(1, 2, 'No other backward walk (uphill): compared with the next walk, a backward walk (flat ground).'),
    );
  });

  it('else any previous (then next) walk, said so; none without another walk', () => {
    expect(previousWalkPair(list, 10)).toEqual(
      pair(10, 20, 'No other mixed walk (flat ground): compared with the next walk, a forward walk (flat ground).'),
    );
    expect(previousWalkPair([w(2, 'backward'), w(1, 'unknown', 'uphill')], 2)).toEqual(
      pair(1, 2, 'No other backward walk (flat ground): compared with the previous walk, an unknown walk (uphill).'),
    );
    expect(previousWalkPair([w(1, 'backward')], 1)).toBeNull();
    expect(previousWalkPair(list, 99)).toBeNull();
  });
});
