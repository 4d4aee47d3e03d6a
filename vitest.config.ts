import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // Two cores: keep workers to two so timing-sensitive end-to-end tests are not starved.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // CI asks for vitest's own counts as JSON, to print its closing "N passed, M failed" line.
    reporters: process.env['VITEST_JSON_REPORT'] ? ['default', 'json'] : ['default'],
    ...(process.env['VITEST_JSON_REPORT'] ? { outputFile: { json: process.env['VITEST_JSON_REPORT'] } } : {}),
  },
});
