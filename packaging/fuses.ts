/**
 * Electron's fuses, flipped in the packaged app's executable (electron-builder's afterPack hook, so
 * before it is signed): features an attacker with the user's rights could otherwise use to run their
 * own code inside a trusted, signed Retrowalk (docs/security.md, checklist item 19).
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

export const FUSES = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node that runs any script.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other session data encrypted with an OS-held key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require some.js) would inject code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would open a debugger into main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar must match the hash embedded at packaging (macOS, Windows) ...
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ... and the app loads only from app.asar, not from a folder dropped beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app never uses file:// (it has app://), so file:// gets no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const;

/** The Electron executable electron-builder has just put in appOutDir (flipFuses finds the framework inside a .app). */
export function packagedExecutable(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>,
): string {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'linux')
    return join(appOutDir, (packager as unknown as { executableName: string }).executableName);
  const extension = electronPlatformName === 'win32' ? '.exe' : '.app';
  return join(appOutDir, `${packager.appInfo.productFilename}${extension}`);
}

export async function flipFusesAfterPack(
  context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>,
): Promise<void> {
  // Changing the binary breaks macOS's ad-hoc signature (arm64 needs one to run): redo it; a real signature comes later.
  await flipFuses(packagedExecutable(context), {
    ...FUSES,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  });
}
