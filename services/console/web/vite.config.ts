import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The console's front end, built into services/console/dist/web where the console server serves it.
// `reportCompressedSize` makes the build print every chunk's gzip size: the public verify page's
// first load stays under 100 KB of JavaScript, other pages load their code on demand.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    target: 'es2022',
    // No inline scripts or data: scripts: the CSP allows only the console's own files.
    assetsInlineLimit: 0,
  },
});
