/**
 * A printed PDF as the paper shows it: rendered to PNG with poppler's pdftoppm, its words and their
 * boxes from pdftotext -bbox, and the PNG's pixels decoded by ffmpeg. Used to check that what a
 * report's legend says survives printing (a CSS background key vanishes without background graphics).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { requireFfmpeg } from '../../support/requirements';

/** Resolution the PDF is rendered at, dots per inch (a point is 1/72 inch). */
export const PRINT_DPI = 100;

/** Throws unless poppler's pdftoppm and pdftotext run. */
export function requirePoppler(): void {
  for (const tool of ['pdftoppm', 'pdftotext'])
    if (spawnSync(tool, ['-v'], { stdio: 'ignore' }).error)
      throw new Error(`${tool} is not installed: apt-get install poppler-utils (CI's .ci/run installs it)`);
}

/** The first page of `pdf` as `<pngBase>.png`, at PRINT_DPI; returns its path. */
export function renderFirstPage(pdf: string, pngBase: string): string {
  requirePoppler();
  execFileSync('pdftoppm', ['-png', '-r', String(PRINT_DPI), '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
  return `${pngBase}.png`;
}

export interface Word {
  text: string;
  /** Box in PDF points from the page's top left. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of the PDF's first page, in reading order, with its box. */
export function pdfWords(pdf: string): Word[] {
  requirePoppler();
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  for (const m of html.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  ))
    words.push({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5].replace(/&amp;/g, '&') });
  return words;
}

/** The first word `text` followed by `next` (e.g. "left" "knee"), or undefined. */
export function wordBefore(words: readonly Word[], text: string, next: string): Word | undefined {
  return words.find((w, i) => w.text === text && words[i + 1]?.text === next);
}

export interface Pixels {
  width: number;
  height: number;
  /** RGB, three bytes a pixel, rows top first. */
  rgb: Buffer;
}

/** A PNG's pixels (its size from the IHDR chunk, the pixels decoded by ffmpeg). */
export function readPng(png: string): Pixels {
  requireFfmpeg();
  const head = readFileSync(png);
  const width = head.readUInt32BE(16),
    height = head.readUInt32BE(20);
  const rgb = execFileSync('ffmpeg', ['-v', 'error', '-i', png, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: width * height * 3 + 1024,
  });
  return { width, height, rgb };
}

/** How many pixels of a box (in PDF points) are within `tolerance` (per channel) of `colour` ('#rrggbb'). */
export function pixelsOfColour(
  pixels: Pixels,
  box: { x0: number; y0: number; x1: number; y1: number },
  colour: string,
  tolerance = 40,
): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const px = (pt: number) => Math.round((pt * PRINT_DPI) / 72);
  let n = 0;
  for (let y = Math.max(0, px(box.y0)); y < Math.min(pixels.height, px(box.y1)); y++)
    for (let x = Math.max(0, px(box.x0)); x < Math.min(pixels.width, px(box.x1)); x++) {
      const i = (y * pixels.width + x) * 3;
      const [pr, pg, pb] = [pixels.rgb[i], pixels.rgb[i + 1], pixels.rgb[i + 2]];
      if (Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance) n++;
    }
  return n;
}

/** Share (0–1) of the pixels of a box (in PDF points) that are not near-white. */
export function inkShare(pixels: Pixels, box: { x0: number; y0: number; x1: number; y1: number }): number {
  const px = (pt: number) => Math.round((pt * PRINT_DPI) / 72);
  let ink = 0,
    all = 0;
  for (let y = Math.max(0, px(box.y0)); y < Math.min(pixels.height, px(box.y1)); y++)
    for (let x = Math.max(0, px(box.x0)); x < Math.min(pixels.width, px(box.x1)); x++) {
      const i = (y * pixels.width + x) * 3;
      all++;
      if (Math.min(pixels.rgb[i], pixels.rgb[i + 1], pixels.rgb[i + 2]) < 235) ink++;
    }
  return all ? ink / all : 0;
}
