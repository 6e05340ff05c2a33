/** Cancelling an import halfway, or while it waits in the queue, leaves nothing behind. */
import { describe, expect, it } from 'vitest';
import { expectNothingLeft, pollUntilFinished, startImport, useTempServices, WALK } from './support';

const { dataDir, services } = useTempServices('import-cancel');

describe('cancelling an import', () => {
  it('halfway: the job ends cancelled with no session, frames, copy or temporary file', async () => {
    const jobId = await startImport(services(), WALK, { keep: 'copy' });
    // A second job waits in the queue behind the first (one job at a time).
    const queued = { jobId: await startImport(services(), WALK, { keep: 'copy' }) };
    expect((await services().handlers['import.status'](queued)).state).toBe('queued');
    expect((await services().handlers['import.cancel'](queued)).state).toBe('cancelled');

    let cancelledAt: number | null = null;
    const seen = await pollUntilFinished(services(), jobId, (s) => {
      if (cancelledAt === null && s.framesDone >= 40) {
        cancelledAt = s.framesDone;
        expect(services().jobs.cancel(jobId).message).toBe('Cancelling…');
      }
    });
    const last = seen.at(-1)!;
    expect(cancelledAt).not.toBeNull();
    expect(last).toMatchObject({ state: 'cancelled', sessionId: null, message: null });
    expect(last.framesDone).toBeLessThan(230);
    expectNothingLeft(services(), dataDir);
    // A finished job stays cancelled; cancelling again changes nothing.
    expect((await services().handlers['import.cancel']({ jobId })).state).toBe('cancelled');
  });
});
