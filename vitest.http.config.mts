import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Tests through HTTP against the production build (`next build` first), served by scripts/serve.mjs on
 * throwaway PostgreSQL databases: `npx vitest run --config vitest.http.config.mts`.
 */
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["**/*.http.test.ts"],
    exclude: [...configDefaults.exclude, ".next/**", "e2e/**"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file serves its own app; two at a time keeps a 2-core machine responsive enough for timing checks.
    maxWorkers: 2,
    // Tells lib/test-support/app-server.ts how to split the app ports between the workers.
    env: { VITEST_MAX_WORKERS: "2" },
    reporters: ["default", ["json", { outputFile: ".test-results/vitest-http.json" }]],
    alias: { "server-only": path.join(root, "lib/test-support/server-only-stub.ts") },
  },
});
