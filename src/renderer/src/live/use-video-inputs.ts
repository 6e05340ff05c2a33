import { useEffect, useState } from 'react';

/** The cameras on this computer, kept current as they are plugged in or out. Labels appear once access is granted. */
export function useVideoInputs(refreshKey: unknown): MediaDeviceInfo[] {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!media?.enumerateDevices) return;
    let cancelled = false;
    const refresh = (): void => {
      media
        .enumerateDevices()
        .then((all) => {
          if (!cancelled) setDevices(all.filter((d) => d.kind === 'videoinput' && d.deviceId !== ''));
        })
        .catch(() => undefined);
    };
    refresh();
    media.addEventListener('devicechange', refresh);
    return () => {
      cancelled = true;
      media.removeEventListener('devicechange', refresh);
    };
  }, [refreshKey]);
  return devices;
}
