import { describe, expect, it } from 'vitest';
import { describeTakeResult } from '../../../src/renderer/src/recording/take-notice';

const summary = { durationMs: 12_340, frameCount: 361 };

describe('message after a take', () => {
  it('is a plain confirmation when everything was saved', () => {
    expect(describeTakeResult({ summary, unsaved: [], saveError: null, analysisError: null }, null)).toEqual({
      kind: 'info',
      text: 'Saved: 12.3 s, 361 frames.',
    });
  });

  it('says once why it stopped, what was not saved, and that the rest is kept', () => {
    const notice = describeTakeResult(
      {
        summary: null,
        unsaved: ['the end of the video', 'the end of the session'],
        saveError: 'The service is not answering.',
        analysisError: null,
      },
      'Recording stopped: The service is not answering.',
    );
    expect(notice.kind).toBe('error');
    expect(notice.text).toBe(
      'Recording stopped: The service is not answering. Not saved: the end of the video, the end of the session. ' +
        'Everything saved before that is kept. The session will be listed as interrupted.',
    );
    expect(notice.text.match(/not answering/g)).toHaveLength(1);
  });

  it('reports a failed analysis without hiding that the recording is saved', () => {
    const notice = describeTakeResult(
      { summary, unsaved: [], saveError: null, analysisError: 'no frames with a person' },
      null,
    );
    expect(notice.kind).toBe('error');
    expect(notice.text).toBe('Saved: 12.3 s, 361 frames. The walk could not be analysed (no frames with a person).');
  });
});
