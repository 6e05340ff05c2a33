/**
 * Tones made with Web Audio oscillators: always available, no sound files. A chime (two notes
 * rising) for a good step, an alert (three fast low beeps) for safety, one beep for any other cue
 * spoken where voices exist.
 */
import type { CueSound } from '../../../shared/coaching/cues';

interface Note {
  /** Hz */
  freq: number;
  /** Start after the cue, s */
  at: number;
  /** Length, s */
  length: number;
  wave: OscillatorType;
}

const PATTERNS: Record<CueSound, Note[]> = {
  chime: [
    { freq: 880, at: 0, length: 0.15, wave: 'sine' },
    { freq: 1320, at: 0.12, length: 0.3, wave: 'sine' },
  ],
  alert: [0, 0.18, 0.36].map((at) => ({ freq: 440, at, length: 0.12, wave: 'square' as const })),
  speech: [{ freq: 660, at: 0, length: 0.2, wave: 'triangle' }],
};

/** Plays a cue's tone at `volume` (0–1); its notes fade in and out over 10 ms so they do not click. */
export function playTone(ctx: AudioContext, sound: CueSound, volume: number): void {
  const now = ctx.currentTime;
  for (const note of PATTERNS[sound]) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = note.wave;
    osc.frequency.value = note.freq;
    const start = now + note.at,
      end = start + note.length;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(volume * 0.5, start + 0.01);
    gain.gain.setValueAtTime(volume * 0.5, end - 0.01);
    gain.gain.linearRampToValueAtTime(0, end);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(end);
  }
}
