/** The built app on a throwaway PostgreSQL database holding the demo organisations, for HTTP tests. */
import { randomBytes } from "node:crypto";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { seedDemo } from "@/lib/demo/seed-demo";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createThrowawayDatabase, freePort, startApp } from "./app-server";
import { signIn } from "./sign-in";

export type DemoApp = {
  origin: string;
  /** The server's process id (scripts/serve.mjs runs Next in this one process). */
  pid: number;
  db: PrismaClient;
  signInAs: (email: string) => Promise<string>;
  close: () => Promise<void>;
};

export async function startDemoApp(extraEnv: Record<string, string> = {}): Promise<DemoApp> {
  const database = await createThrowawayDatabase(undefined, "throughline_http");
  try {
    // The seed seals the demo's anonymous obstacle reports with the app's key, here: the server gets the same secret.
    process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
    await seedDemo(database.db);
    const server = await startApp(database.url, await freePort(), {
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      ...extraEnv,
    });
    return {
      origin: server.origin,
      pid: server.pid,
      db: database.db,
      signInAs: (email) => signIn(server.origin, email, DEMO_PASSWORD),
      close: async () => {
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
