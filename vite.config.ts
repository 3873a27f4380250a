/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const page = (name: string): string => fileURLToPath(new URL(`./client/${name}`, import.meta.url));

// The client is built into dist/client and served by the Fastify server on one port.
// In `npm run dev` Vite serves the client with hot reload and proxies /api to the server.
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Two pages: the desk dashboard and the command-centre wall display (/wall).
    rollupOptions: { input: { main: page('index.html'), wall: page('wall.html') } },
  },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // End-to-end files start a server and a browser each; two cores do not run many at once.
    maxWorkers: 2,
    // expect.poll gives up after 1 s by default: on a shared two-core machine, a click that
    // waits on the server (a lock, a reload) can take longer without anything being wrong.
    expect: { poll: { timeout: 15_000 } },
  },
});
