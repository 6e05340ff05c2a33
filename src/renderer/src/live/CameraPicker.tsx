/** A select of the cameras on this computer; the choice is remembered in settings. */
export function CameraPicker({
  devices,
  value,
  onChange,
  id = 'camera-picker',
}: {
  devices: MediaDeviceInfo[];
  value: string | null;
  onChange: (deviceId: string) => void;
  id?: string;
}) {
  return (
    <span className="camera-picker">
      <label htmlFor={id}>Camera</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)} disabled={devices.length === 0}>
        {devices.length === 0 && <option value="">No camera available</option>}
        {value !== null && devices.length > 0 && !devices.some((d) => d.deviceId === value) && (
          <option value={value}>Saved camera (not connected)</option>
        )}
        {devices.map((d, i) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `Camera ${i + 1}`}
          </option>
        ))}
      </select>
    </span>
  );
}
