/**
 * `npm run package`: the desktop app as an installable package (electron-builder), the app in
 * app.asar with its fuses flipped (packaging/fuses.ts).
 */
import type { Configuration } from 'electron-builder';
import { flipFusesAfterPack } from './packaging/fuses';

const config: Configuration = {
  appId: 'app.retrowalk.desktop',
  productName: 'Retrowalk',
  directories: { output: 'dist' },
  // The built app, its models and better-sqlite3 built for Electron (scripts/electron-native.mjs);
  // package.json's dependencies are added by electron-builder.
  files: ['out/**', 'models/**', 'native/electron/**', '!**/*.map'],
  asar: true,
  // A native module cannot be loaded from inside an archive.
  asarUnpack: ['native/electron/**'],
  // main loads native/electron/better_sqlite3.node (nativeBinding), not node_modules' Node build.
  npmRebuild: false,
  afterPack: flipFusesAfterPack,
  linux: { target: 'AppImage', executableName: 'retrowalk', category: 'Science' },
  mac: { target: 'dmg', category: 'public.app-category.healthcare-fitness' },
  win: { target: 'nsis' },
};

export default config;
