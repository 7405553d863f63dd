/**
 * Loads the environment for the server and the CLI scripts. Without NEXTAUTH_SECRET a development secret
 * is generated once and kept in .data/ so sessions survive restarts; production must set its own.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Env, parseEnv } from "./env";

let loaded: Env | undefined;

export function loadEnv(): Env {
  if (loaded) return loaded;
  const env = parseEnv(process.env);
  if (!env.NEXTAUTH_SECRET) {
    if (env.NODE_ENV === "production" && env.DATABASE_URL) {
      throw new Error(
        "Invalid environment:\n  NEXTAUTH_SECRET: required when running on a database server in production",
      );
    }
    env.NEXTAUTH_SECRET = readOrCreateDevSecret(path.join(path.dirname(path.resolve(env.PGLITE_DIR)), "auth-secret"));
  }
  // next-auth reads these from process.env itself.
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_URL = env.NEXTAUTH_URL;
  loaded = env;
  return env;
}

function readOrCreateDevSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
