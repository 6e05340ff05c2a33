import { useEffect, useState } from 'react';
import { coachingSettingsSchema, settingsSchema, type CoachingSettings, type Settings } from '../../../shared/api';
import { CUE_GROUP_LABELS, CUE_GROUPS, type CueGroup } from '../../../shared/coaching/cues';
import { displayLength, lengthToCm, lengthUnit } from '../../../shared/display/units';
import { CheckSetting, NumberSetting, rangeOf } from './setting-fields';

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
  // the chime's target is kept in cm and typed in the app's length unit
  const length = lengthUnit(settings.units);
  const [minCm, maxCm] = rangeOf(coachingSettingsSchema.shape.kneePastToeTargetCm);
  const targetRange = [displayLength(minCm, settings.units), displayLength(maxCm, settings.units)] as const;
  const saveCoaching = (patch: Partial<CoachingSettings>): void => save({ coaching: { ...coaching, ...patch } });
  const toggleCue = (group: CueGroup, on: boolean): void =>
    saveCoaching({ cues: on ? [...coaching.cues, group] : coaching.cues.filter((g) => g !== group) });

  return (
    <fieldset className="coaching-settings" data-testid="coaching-settings">
      <legend>Hands-free and coaching</legend>
      <CheckSetting
        testId="settings-hands-free"
        checked={settings.handsFree}
        onChange={(handsFree) => save({ handsFree })}
      >
        Hands-free: takes start when the walker walks and stop when they stand still
      </CheckSetting>
      <NumberSetting
        testId="settings-stop-after"
        before="Stop after standing still for"
        after="s"
        range={rangeOf(settingsSchema.shape.stopAfterStillS)}
        step={0.5}
        value={settings.stopAfterStillS}
        onChange={(stopAfterStillS) => save({ stopAfterStillS })}
      />
      <NumberSetting
        testId="settings-countdown"
        before="Countdown before a take started with R or Record"
        after="s (spoken, or beeped without voices)"
        range={rangeOf(settingsSchema.shape.countdownSeconds)}
        value={settings.countdownSeconds}
        onChange={(countdownSeconds) => save({ countdownSeconds })}
      />
      <CheckSetting testId="settings-mute" checked={coaching.muted} onChange={(muted) => saveCoaching({ muted })}>
        Mute (captions only)
      </CheckSetting>
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
          <CheckSetting
            key={group}
            testId={`settings-cue-${group}`}
            checked={coaching.cues.includes(group)}
            onChange={(on) => toggleCue(group, on)}
          >
            {CUE_GROUP_LABELS[group]}
          </CheckSetting>
        ))}
      </fieldset>
      <NumberSetting
        testId="settings-step-every"
        before="Say the step count every"
        after="steps"
        range={rangeOf(coachingSettingsSchema.shape.stepCountEvery)}
        value={coaching.stepCountEvery}
        onChange={(stepCountEvery) => saveCoaching({ stepCountEvery })}
      />
      <NumberSetting
        testId="settings-knee-target"
        before="Chime when the knee passes the toes by at least"
        after={`${length}, for people without a knee-past-toes goal of their own (needs their height; without it, any knee past the toes)`}
        range={targetRange}
        step={length === 'in' ? 0.1 : 0.5}
        value={displayLength(coaching.kneePastToeTargetCm, settings.units)}
        // inches to 0.1 reach a hair past the cm range's ends: kept inside it
        onChange={(shown) =>
          saveCoaching({ kneePastToeTargetCm: Math.min(maxCm, Math.max(minCm, lengthToCm(shown, settings.units))) })
        }
      />
    </fieldset>
  );
}
