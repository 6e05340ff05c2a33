/** Types of open-browser.mjs, for the tests that import it. */
export function writeStartPage(url: string, dir?: string): { file: string; remove: () => void };
export function openBrowser(url: string, options?: { env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): () => void;
