import type { TrackResult } from '../../../shared/tracking/types';

type Warning = TrackResult['warnings'][number];

const MESSAGES: Record<Warning, string> = {
  no_person: 'Nobody in view. Step into the picture with your whole body visible, 3–5 m from the camera.',
  several_people: 'Several people in view. Click the person who is walking to track them.',
  body_cut_off:
    'Part of the body is outside the picture. Step back or tilt the camera until head and feet are in view.',
  too_small: 'You look very small in the picture. Come closer (3–5 m from the camera) for reliable knee angles.',
};

// The most blocking problem first: nothing can be measured without a person.
const ORDER: Warning[] = ['no_person', 'body_cut_off', 'too_small', 'several_people'];

/** The tracker's warnings as sentences for the user, most important first. */
export function guidanceFor(warnings: readonly Warning[]): string[] {
  return ORDER.filter((w) => warnings.includes(w)).map((w) => MESSAGES[w]);
}
