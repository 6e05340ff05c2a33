/** Every cue as a caption, in the order given: what the coach said, to read and to test. */
import type { CueKind } from '../../../shared/coaching/cues';

export interface Caption {
  id: number;
  kind: CueKind | 'notice';
  text: string;
}

/** Captions kept on screen: the latest few are enough to read back what was said. */
const KEPT = 40;

export class CaptionLog {
  private captions: Caption[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  add(kind: Caption['kind'], text: string): void {
    this.captions = [...this.captions, { id: this.nextId++, kind, text }].slice(-KEPT);
    for (const listener of this.listeners) listener();
  }

  getCaptions = (): readonly Caption[] => this.captions;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
