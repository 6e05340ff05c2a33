/**
 * The audio coach: says each cue with the Web Speech API where voices exist, plays a Web Audio tone
 * otherwise (and always for chimes and alerts), and writes every cue as a caption. Browsers keep
 * audio off until the user clicks or presses a key: the first such gesture turns it on, and the
 * captions say so; a system without voices is told once that cues are tones.
 */
import type { CoachingSettings } from '../../../shared/api';
import type { Cue } from '../../../shared/coaching/cues';
import { CaptionLog } from './captions';
import { playTone } from './tones';

export const COACH_NOTICES = {
  blocked: 'Sound is off until you click or press a key: the first one turns it on.',
  unlocked: 'Sound on.',
  noVoices: 'No voices installed: cues are tones, and each one is written here.',
};

export class Coach {
  readonly captions = new CaptionLog();
  private ctx: AudioContext | null = null;
  private settings: CoachingSettings;
  private toldNoVoices = false;
  private toldBlocked = false;
  private readonly removeGestureListeners: () => void;

  constructor(settings: CoachingSettings) {
    this.settings = settings;
    const unlock = (): void => this.unlock();
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
    this.removeGestureListeners = () => {
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    // voices load late in Chromium: asking once starts the load
    window.speechSynthesis?.getVoices();
  }

  configure(settings: CoachingSettings): void {
    this.settings = settings;
  }

  /** Called when the coach starts being needed (armed, a take): says if sound waits for a gesture. */
  announceAudioState(): void {
    if (this.audioBlocked() && !this.toldBlocked) {
      this.toldBlocked = true;
      this.captions.add('notice', COACH_NOTICES.blocked);
    }
  }

  say(cues: readonly Cue[]): void {
    for (const cue of cues) {
      this.captions.add(cue.kind, cue.text);
      if (this.settings.muted || this.settings.volume === 0) continue;
      this.sound(cue);
    }
  }

  dispose(): void {
    this.removeGestureListeners();
    window.speechSynthesis?.cancel();
    void this.ctx?.close();
  }

  private sound(cue: Cue): void {
    const { volume } = this.settings;
    const voice = cue.sound === 'speech' ? this.voice() : null;
    if (voice) {
      const utterance = new SpeechSynthesisUtterance(cue.text);
      utterance.voice = voice;
      utterance.volume = volume;
      // safety first: an edge warning does not wait behind a step count
      if (cue.kind === 'edge') window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
    }
    if (!voice || cue.sound !== 'speech') {
      if (cue.sound === 'speech' && !this.toldNoVoices) {
        this.toldNoVoices = true;
        this.captions.add('notice', COACH_NOTICES.noVoices);
      }
      const ctx = this.audioContext();
      if (ctx && ctx.state === 'running') playTone(ctx, cue.sound, volume);
    }
  }

  private voice(): SpeechSynthesisVoice | null {
    const voices = window.speechSynthesis?.getVoices() ?? [];
    if (voices.length === 0) return null;
    return (
      voices.find((v) => v.voiceURI === this.settings.voiceURI) ??
      voices.find((v) => v.default) ??
      voices.find((v) => v.lang.startsWith('en')) ??
      voices[0] ??
      null
    );
  }

  private audioContext(): AudioContext | null {
    if (this.ctx) return this.ctx;
    if (typeof AudioContext === 'undefined') return null;
    this.ctx = new AudioContext();
    return this.ctx;
  }

  private audioBlocked(): boolean {
    const ctx = this.audioContext();
    return ctx !== null && ctx.state === 'suspended';
  }

  private unlock(): void {
    const ctx = this.audioContext();
    if (!ctx || ctx.state !== 'suspended') return;
    void ctx.resume().then(() => {
      if (this.toldBlocked) this.captions.add('notice', COACH_NOTICES.unlocked);
    });
  }
}
