export type CameraProblemKind = 'denied' | 'none' | 'busy' | 'unplugged' | 'unsupported' | 'failed';

export interface CameraProblem {
  kind: CameraProblemKind;
  message: string;
}

const DENIED_HELP =
  'Camera access was denied. To allow it: in the browser, click the camera icon at the left of the ' +
  'address bar and choose "Allow"; in the desktop app, open your system settings → Privacy → Camera ' +
  'and allow Retrowalk. Then press "Try again".';

/** A clear message for a failed getUserMedia, by the DOMException name browsers use. */
export function describeCameraError(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { kind: 'denied', message: DENIED_HELP };
    case 'NotFoundError':
    case 'OverconstrainedError':
      return {
        kind: 'none',
        message: 'No camera found. Plug in a webcam and press "Try again". Sessions and settings work without one.',
      };
    case 'NotReadableError':
    case 'AbortError':
      return {
        kind: 'busy',
        message:
          'The camera is in use by another program or could not start. Close the other program and press "Try again".',
      };
    default:
      return { kind: 'failed', message: `The camera could not start (${String((error as Error)?.message ?? error)}).` };
  }
}

export const CAMERA_UNPLUGGED: CameraProblem = {
  kind: 'unplugged',
  message: 'The camera was disconnected. Plug it back in and press "Try again".',
};

export const CAMERA_UNSUPPORTED: CameraProblem = {
  kind: 'unsupported',
  message:
    'This browser gives no access to cameras (open the app from its http://127.0.0.1 address in Chromium or Chrome).',
};
