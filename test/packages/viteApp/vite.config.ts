import { defineConfig } from 'vite';

// Two pages, one per API, so that each page's JavaScript is one client with openapi-fetch (the size budget).
export default defineConfig({
  build: {
    manifest: true,
    rollupOptions: { input: { anyclassroom: 'anyclassroom.html', agora: 'agora.html' } },
  },
});
