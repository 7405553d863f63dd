import path from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    // Tests through HTTP against the production build run in their own stage (vitest.http.config.mts).
    exclude: [...configDefaults.exclude, "**/*.http.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
    alias: { "server-only": path.join(root, "lib/test-support/server-only-stub.ts") },
    // The ballot box seals with the app's secret; tests have their own.
    env: { NEXTAUTH_SECRET: "test-secret-that-is-at-least-32-characters-long" },
  },
});
