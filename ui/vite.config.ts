import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// In development the API runs on its own port (./run.sh or dotnet run); the dev server forwards API calls to it.
const api = process.env.INVENTORY_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/connect': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
      '/openapi': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
