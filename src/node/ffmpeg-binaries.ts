/**
 * Where ffmpeg and ffprobe are: RETROWALK_FFMPEG / RETROWALK_FFPROBE first, then the PATH.
 * A user's machine may have neither, so a missing binary fails with how to install it.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type FfmpegTool = 'ffmpeg' | 'ffprobe';

const ENV_VARS: Record<FfmpegTool, string> = { ffmpeg: 'RETROWALK_FFMPEG', ffprobe: 'RETROWALK_FFPROBE' };

const INSTALL_HINT =
  'install ffmpeg (Debian/Ubuntu: sudo apt install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg), ' +
  'or set RETROWALK_FFMPEG and RETROWALK_FFPROBE to the programs';

export class FfmpegMissingError extends Error {}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/** The program to run for `tool`; throws FfmpegMissingError with install advice when absent. */
export function ffmpegBinary(tool: FfmpegTool, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[ENV_VARS[tool]];
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new FfmpegMissingError(
      `${ENV_VARS[tool]} is set to ${configured}, which is not an executable program: ${INSTALL_HINT}.`,
    );
  }
  const found = onPath(tool, env);
  if (found) return found;
  throw new FfmpegMissingError(`${tool} was not found, and Retrowalk needs it to read videos: ${INSTALL_HINT}.`);
}
