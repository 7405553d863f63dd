import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// `prisma generate` does not use the native schema engine, but the CLI insists the file exists and
// would otherwise try to download it (which fails offline). Point it at any existing file.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = "package.json";
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
