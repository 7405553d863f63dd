/**
 * Lint: TypeScript's recommended rules, React hooks, Next.js, and the layering the architecture relies on —
 * pages, route handlers and components never reach the database themselves, and pure rules do no I/O.
 */
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const database = [
  "@/lib/db/client",
  "@/lib/db/create-client",
  "@/lib/db/connection",
  "@/lib/generated/**",
  "**/generated/prisma/**",
  "pg",
  "@electric-sql/pglite",
  "pglite-prisma-adapter",
  "@prisma/adapter-pg",
];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "e2e/.artifacts/**",
      ".data/**",
      ".test-results/**",
      ".shots/**",
      "next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: database, message: "Pages, routes and components call lib/; only lib/ reaches the database." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/rules/**"],
    // Their tests may read fixtures from disk; the rules themselves may not.
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                ...database,
                "node:fs",
                "node:net",
                "node:http",
                "next",
                "next/*",
                "server-only",
                "@/lib/mail/**",
                "@/lib/http/**",
              ],
              message: "Rules are pure: no I/O, no framework.",
            },
          ],
        },
      ],
    },
  },
);
