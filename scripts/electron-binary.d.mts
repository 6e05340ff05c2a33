/** Types of electron-binary.mjs, for the tests that import it. */
export function findElectronBinary(
  fromDir: string,
): { path: string; reason?: undefined } | { path: null; reason: string };
