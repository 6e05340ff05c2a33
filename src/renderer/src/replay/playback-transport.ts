/** What the play button and the speed menu drive, in the replay and the comparison alike. */
export interface PlaybackTransport {
  playing: boolean;
  rate: number;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  setRate: (rate: number) => void;
}
