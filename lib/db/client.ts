/**
 * The Prisma client singleton of a server process. Kept on globalThis so Next's dev reloads reuse one
 * PGlite instance (PGlite must never be opened twice on the same directory).
 */
import "server-only";
import { env } from "@/lib/config/server-env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { targetFromEnv } from "./connection";
import { createClient } from "./create-client";

const globalForPrisma = globalThis as unknown as { throughlinePrisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.throughlinePrisma ??= createClient(targetFromEnv(env)).db);
