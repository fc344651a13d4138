import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The portals build to web/dist, served by the Beian server itself; everything is local (no CDN, no remote fonts).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/filings': 'http://localhost:3000', '/dev': 'http://localhost:3000' } },
});
