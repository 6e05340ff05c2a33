import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serveModels } from './src/renderer/src/pose/vite-serve-models';
import { CONTENT_SECURITY_POLICY } from './src/main/csp';
import pkg from './package.json';

// The built page carries the same CSP as the header the server and app:// protocol send (defined
// once in src/main/csp.ts). Not in dev: React's refresh preamble is an inline script.
const cspMetaTag: Plugin = {
  name: 'retrowalk-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]*/, ''),
      },
      injectTo: 'head-prepend',
    },
  ],
};

// pose-detection imports @mediapipe/pose for its BlazePose-MediaPipe path, which we never use;
// the real package breaks vite 8's build, so it is aliased to an empty stub.
const mediapipeStub = resolve(__dirname, 'src/shared/stubs/mediapipe-pose.ts');

// electron-vite reads Electron's major version (its build targets) from node_modules/electron, absent
// after an install that skipped scripts; give it the version package.json pins instead.
process.env.ELECTRON_MAJOR_VER ??= pkg.optionalDependencies.electron.split('.')[0];

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          browser: resolve(__dirname, 'src/main/browser.ts'),
          // The video import's worker thread (src/node/parallel/spawn-part.ts looks for out/main/part-worker.js).
          'part-worker': resolve(__dirname, 'src/node/parallel/part-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only be CommonJS and can require nothing but 'electron': bundle zod.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { '@mediapipe/pose': mediapipeStub } },
    // The dev server serves /models/ like the production server and the app:// protocol do.
    plugins: [react(), serveModels(resolve(__dirname, 'models')), cspMetaTag],
    worker: { format: 'es' },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
