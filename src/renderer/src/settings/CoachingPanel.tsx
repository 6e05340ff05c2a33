import { useEffect, useState } from 'react';
import type { CoachingSettings, Settings } from '../../../shared/api';
import { CUE_GROUP_LABELS, CUE_GROUPS, type CueGroup } from '../../../shared/coaching/cues';
import { STOP_AFTER_STILL_RANGE_S } from '../../../shared/hands-free/constants';
import { displayLength, lengthToCm, lengthUnit } from '../../../shared/display/units';

interface Props {
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
}

/** The installed speech voices; Chromium lists them only after its voiceschanged event. */
function useVoices(): SpeechSynthesisVoice[] {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = (): void => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);
  return voices;
}

/** Hands-free recording and the audio coach: Settings' part of them. */
export function CoachingPanel({ settings, save }: Props) {
  const voices = useVoices();
  const coaching = settings.coaching;
  // the chime's target is kept in cm (-20 to 40) and typed in the app's length unit
  const length = lengthUnit(settings.units);
  const targetRange = [-20, 40].map((cm) => displayLength(cm, settings.units)) as [number, number];
  const saveCoaching = (patch: Partial<CoachingSettings>): void => save({ coaching: { ...coaching, ...patch } });
  const toggleCue = (group: CueGroup, on: boolean): void =>
    saveCoaching({ cues: on ? [...coaching.cues, group] : coaching.cues.filter((g) => g !== group) });

  return (
    <fieldset className="coaching-settings" data-testid="coaching-settings">
      <legend>Hands-free and coaching</legend>
      <label>
        <input
          type="checkbox"
          data-testid="settings-hands-free"
          checked={settings.handsFree}
          onChange={(e) => save({ handsFree: e.target.checked })}
        />{' '}
        Hands-free: takes start when the walker walks and stop when they stand still
      </label>
      <label>
        Stop after standing still for{' '}
        <input
          type="number"
          data-testid="settings-stop-after"
          min={STOP_AFTER_STILL_RANGE_S[0]}
          max={STOP_AFTER_STILL_RANGE_S[1]}
          step={0.5}
          value={settings.stopAfterStillS}
          onChange={(e) => save({ stopAfterStillS: Number(e.target.value) })}
        />{' '}
        s
      </label>
      <label>
        Countdown before a take started with R or Record{' '}
        <input
          type="number"
          data-testid="settings-countdown"
          min={0}
          max={10}
          step={1}
          value={settings.countdownSeconds}
          onChange={(e) => save({ countdownSeconds: Number(e.target.value) })}
        />{' '}
        s (spoken, or beeped without voices)
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="settings-mute"
          checked={coaching.muted}
          onChange={(e) => saveCoaching({ muted: e.target.checked })}
        />{' '}
        Mute (captions only)
      </label>
      <label>
        Volume{' '}
        <input
          type="range"
          data-testid="settings-volume"
          min={0}
          max={1}
          step={0.05}
          value={coaching.volume}
          onChange={(e) => saveCoaching({ volume: Number(e.target.value) })}
        />
      </label>
      <label>
        Voice{' '}
        <select
          data-testid="settings-voice"
          value={coaching.voiceURI ?? ''}
          onChange={(e) => saveCoaching({ voiceURI: e.target.value || null })}
        >
          <option value="">{voices.length === 0 ? 'No voices installed: tones' : 'System default'}</option>
          {voices.map((v) => (
            <option key={v.voiceURI} value={v.voiceURI}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Cues</legend>
        {CUE_GROUPS.map((group) => (
          <label key={group}>
            <input
              type="checkbox"
              data-testid={`settings-cue-${group}`}
              checked={coaching.cues.includes(group)}
              onChange={(e) => toggleCue(group, e.target.checked)}
            />{' '}
            {CUE_GROUP_LABELS[group]}
          </label>
        ))}
      </fieldset>
      <label>
        Say the step count every{' '}
        <input
          type="number"
          data-testid="settings-step-every"
          min={2}
          max={100}
          value={coaching.stepCountEvery}
          onChange={(e) => saveCoaching({ stepCountEvery: Number(e.target.value) })}
        />{' '}
        steps
      </label>
      <label>
        Chime when the knee passes the toes by at least{' '}
        <input
          type="number"
          data-testid="settings-knee-target"
          min={targetRange[0]}
          max={targetRange[1]}
          step={length === 'in' ? 0.1 : 0.5}
          value={displayLength(coaching.kneePastToeTargetCm, settings.units)}
          onChange={(e) =>
            // inches to 0.1 reach a hair past the cm range's ends: kept inside it
            saveCoaching({
              kneePastToeTargetCm: Math.min(40, Math.max(-20, lengthToCm(Number(e.target.value), settings.units))),
            })
          }
        />{' '}
        {length}, for people without a knee-past-toes goal of their own (needs their height; without it, any knee past
        the toes)
      </label>
    </fieldset>
  );
}
