/**
 * Electron hardening applied to every web contents: no navigation away from the app, no new
 * windows, no <webview>, and only the camera (video) granted, only to the app's own origin.
 */
import { app, session } from 'electron';

export function hardenWebContents(isOwnOrigin: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwnOrigin(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwnOrigin(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

export function restrictPermissions(isOwnOrigin: (url: string) => boolean): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    const types = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const cameraOnly = types.length > 0 && types.every((t) => t === 'video');
    callback(permission === 'media' && cameraOnly && isOwnOrigin(details.requestingUrl ?? contents.getURL()));
  });
  ses.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      permission === 'media' && details.mediaType !== 'audio' && isOwnOrigin(requestingOrigin),
  );
}
