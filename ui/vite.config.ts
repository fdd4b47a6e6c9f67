/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Tauri loads `ui/dist` (tauri.conf.json: frontendDist) and, in development,
// http://localhost:5173 (devUrl). CSS is emitted as files so that the strict CSP
// (`style-src 'self'`) needs no 'unsafe-inline'.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    host: 'localhost',
    // The message catalogues are shared with the Rust core: `i18n/` at the repository's
    // root (lib/i18n.svelte.ts imports them), outside this folder.
    fs: { allow: ['.', '../i18n'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK 2.50 (Debian 12) and current WebView2/WKWebView.
    target: 'es2022',
    sourcemap: false,
    // Never inline assets as data: URLs into JS; CSS in files, one per chunk, so that a
    // cold start loads only the first screen's (the views are lazy: src/views/index.ts).
    assetsInlineLimit: 0,
    cssCodeSplit: true,
  },
  // Svelte 5 components must resolve to their browser build under Vitest.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
