// @ts-check
// Translations for the respondent screens (next-intl, without locale routing: see lib/i18n/request.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const createNextIntlPlugin = require("next-intl/plugin");
const isProduction = process.env.NODE_ENV === "production";

/** Headers for every response; the CSP (with a per-request nonce) is set in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files from its package folder at run time.
  // react-pdf loads its fonts and layout engine (WebAssembly) from its package folder too.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "rate-limiter-flexible",
    "@react-pdf/renderer",
  ],
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
