/** The camera picture kept to time the backends on (renderer/src/pose/measurement-picture.ts): one module-level keeper, so the steps run in order. */
import { describe, expect, it } from 'vitest';
import { measurementPicture, offerMeasurementPicture } from '../../../src/renderer/src/pose/measurement-picture';

/** Stands in for an ImageBitmap: the keeper only holds and hands it on. */
const picture = (name: string) => ({ name, width: 640, height: 480 }) as unknown as ImageBitmap;

describe('the picture the backends are timed on', () => {
  it('none yet: a wait ends with null, and frames without a confident pose are not kept', async () => {
    expect(await measurementPicture(20)).toBeNull();
    expect(offerMeasurementPicture(picture('nobody'), null)).toBe(false);
    expect(offerMeasurementPicture(picture('unsure'), 0.49)).toBe(false);
    expect(await measurementPicture(20)).toBeNull();
  });

  it('a wait in progress gets the first frame with a pose scored 0.5 or more, which is kept for good', async () => {
    const waited = measurementPicture(60_000);
    const first = picture('first');
    expect(offerMeasurementPicture(first, 0.5)).toBe(true);
    expect(await waited).toBe(first);
    // later frames are the caller's to close again; every later measurement gets the same picture
    expect(offerMeasurementPicture(picture('second'), 0.9)).toBe(false);
    expect(await measurementPicture(0)).toBe(first);
  });
});
