/**
 * `npm run analyze -- <input> [--json] [--height-cm N] [--units metric|imperial] [--model lightning|thunder]
 *   [--save-keypoints FILE]`
 * Input: a video (MoveNet in Node picks and follows the walker) or a keypoints JSON file.
 * Bad input: exit code 1 and one line on stderr saying what is wrong.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ModelName } from '../shared/api';
import type { UnitSystem } from '../shared/display/units';
import { analyzeSession } from '../shared/gait';
import type { KeypointsFile } from '../shared/pose/types';
import { InputError, inputKind, readKeypointsFile, readVideo } from './input';
import { formatReport } from './report';
import { progressLine } from './progress';

interface Options {
  json?: boolean;
  heightCm?: number;
  units: UnitSystem;
  model: ModelName;
  saveKeypoints?: string;
}

function parseHeight(text: string): number {
  const cm = Number(text);
  if (!Number.isFinite(cm) || cm < 50 || cm > 250)
    throw new InvalidArgumentError('expected a height between 50 and 250 cm.');
  return cm;
}

/** Written next to the target and renamed, so a failed write never leaves half a file. */
function saveKeypoints(path: string, file: KeypointsFile): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(file));
  renameSync(temp, path);
}

async function main(input: string, options: Options): Promise<void> {
  const kind = inputKind(input);
  const progress = process.stderr.isTTY ? progressLine(process.stderr) : undefined;
  const file =
    kind === 'keypoints'
      ? readKeypointsFile(input)
      : await readVideo(input, { model: options.model, onProgress: progress?.update }).finally(() => progress?.done());
  if (options.saveKeypoints) saveKeypoints(options.saveKeypoints, file);
  if (file.frames.every((f) => f.keypoints === null)) {
    throw new InputError(`${input}: no person found in any of the ${file.frames.length} frames`);
  }
  const analysis = analyzeSession(file, { heightCm: options.heightCm ?? null });
  if (analysis.direction === 'unknown') {
    // the JSON still goes out (a script may want the frame count), but the run failed
    if (options.json) process.stdout.write(`${JSON.stringify(analysis)}\n`);
    throw new InputError(
      `${input}: no person was seen with enough confident keypoints to analyse in ${file.frames.length} frames`,
    );
  }
  process.stdout.write(
    options.json ? `${JSON.stringify(analysis)}\n` : `${formatReport(analysis, basename(input), options.units)}\n`,
  );
}

const program = new Command('analyze')
  .description('Analyse a backward walk from a video or a keypoints JSON file.')
  .argument('<input>', 'video file, or keypoints JSON ({ fps, width, height, frames: [{ t, keypoints }] })')
  .option('--json', 'print the analysis as one JSON object')
  .option('--height-cm <cm>', "the walker's height, for lengths in centimetres", parseHeight)
  .addOption(
    new Option('--units <system>', 'units of the readable report (the JSON stays in cm, as stored)')
      .choices(['metric', 'imperial'])
      .default('metric'),
  )
  .addOption(
    new Option('--model <name>', 'MoveNet model for videos').choices(['lightning', 'thunder']).default('lightning'),
  )
  .option('--save-keypoints <file>', "save a video's keypoints as JSON for re-analysis")
  .showHelpAfterError(false)
  .action(async (input: string, options: Options) => {
    try {
      await main(input, options);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
      process.exitCode = 1;
    }
  });

await program.parseAsync();
