import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard: a React single-page app built into dist/web and served by `canopy serve` (src/http/dashboard.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // react-router marks its modules "use client" (a React Server Components hint, meaningless in this SPA).
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
