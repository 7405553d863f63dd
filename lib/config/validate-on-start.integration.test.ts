import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  return spawnSync(process.execPath, ["--import", "tsx", "lib/config/validate-on-start.ts"], {
    env: { ...base, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("environment check at start-up", () => {
  it("stops with a message naming the bad variable", () => {
    const result = start({
      DB_POOL_SIZE: "lots",
      PGLITE_DIR: path.join(mkdtempSync(path.join(tmpdir(), "tl-env-")), "pglite"),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Throughline cannot start");
    expect(result.stderr).toContain("DB_POOL_SIZE");
  });

  it("starts with no configuration, generating a development secret kept beside the data", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tl-env-"));
    const result = start({ PGLITE_DIR: path.join(dir, "pglite"), NEXTAUTH_SECRET: "" });
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim().length).toBeGreaterThanOrEqual(32);
  });
});
