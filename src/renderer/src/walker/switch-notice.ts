/** What the app says when a result's track changed person (the analysis' quality.person_switches). */
import type { GaitAnalysis } from '../../../shared/gait/types';

/** The sentence for a track that changed person, null when it did not; frames numbered from 1 as the replay shows them. */
export function switchNotice(
  quality: Pick<GaitAnalysis['quality'], 'person_switches' | 'person_frames'>,
): string | null {
  const switches = quality.person_switches ?? 0;
  if (switches === 0) return null;
  const times = switches === 1 ? '1 time' : `${switches} times`;
  const kept = quality.person_frames;
  const span = kept ? ` (frames ${kept[0] + 1}–${kept[1] + 1})` : '';
  return `The tracked person changed ${times}; only the person tracked longest${span} was analysed — choose the walker to pick another.`;
}
