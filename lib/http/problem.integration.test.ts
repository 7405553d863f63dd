import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/create-client";
import { isDatabaseUnavailable, setDatabaseUnavailable } from "@/lib/server/database-availability.mjs";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { problemResponse, toProblem } from "./problem";

/** The error a database call fails with (the test fails if it succeeds). */
async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => expect.unreachable("expected the database to refuse"),
    (error: unknown) => error,
  );
}

const quietly = <T>(work: () => T): T => {
  const original = console.error;
  console.error = () => {};
  try {
    return work();
  } finally {
    console.error = original;
  }
};

describeOnEachDatabase("database errors as problems", (use) => {
  it("a duplicate key is a 409 naming the field, from Prisma and from raw SQL", async () => {
    const { db } = use();
    await db.user.create({ data: { email: "twice@example.test", name: "A", passwordHash: "x" } });
    const viaPrisma = await failure(
      db.user.create({ data: { email: "twice@example.test", name: "B", passwordHash: "x" } }),
    );
    expect(toProblem(viaPrisma)).toMatchObject({ status: 409, field: "email" });
    const viaSql = await failure(
      db.$executeRaw`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ('raw', 'twice@example.test', 'C', 'x')`,
    );
    expect(toProblem(viaSql)).toMatchObject({ status: 409, field: "email" });
    const organisation = await db.organisation.create({ data: { name: "Acme", slug: "acme-dup" } });
    await db.story.create({
      data: {
        organisationId: organisation.id,
        key: "same",
        customer: "C",
        narrative: "N",
        sentiment: "positive",
        source: "interview",
      },
    });
    const scoped = await failure(
      db.story.create({
        data: {
          organisationId: organisation.id,
          key: "same",
          customer: "C",
          narrative: "N",
          sentiment: "positive",
          source: "interview",
        },
      }),
    );
    expect(toProblem(scoped)).toMatchObject({ status: 409, field: "key" });
  });

  it("values a column cannot take are a 400: NUL bytes, year 0000, integer overflow", async () => {
    const { db } = use();
    const errors = [
      await failure(db.user.create({ data: { email: "nul\u0000@example.test", name: "N", passwordHash: "x" } })),
      await failure(db.auditEvent.findMany({ where: { at: { lt: new Date("0000-01-01T00:00:00Z") } } })),
      await failure(db.$queryRaw`SELECT ${2147483648}::int`),
      await failure(db.role.findMany({ where: { headcount: 2147483648 } })),
    ];
    expect(errors.map((error) => quietly(() => toProblem(error)).status)).toEqual([400, 400, 400, 400]);
  });
});

describe("a database that cannot be reached", () => {
  let silent: Server;
  let silentPort = 0;
  const accepted: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => void accepted.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    setDatabaseUnavailable(false);
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("is a 503 with Retry-After, and the pool marks the database unavailable", async () => {
    for (const url of [
      "postgres://app@127.0.0.1:1/throughline",
      `postgres://app@127.0.0.1:${silentPort}/throughline`,
    ]) {
      setDatabaseUnavailable(false);
      const { db, close } = createClient({ kind: "postgres", url, poolSize: 1, connectTimeoutMs: 300 });
      const error = await failure(db.user.findMany());
      const response = problemResponse(error);
      expect([response.status, response.headers.get("retry-after"), response.headers.get("cache-control")]).toEqual([
        503,
        "5",
        "no-store",
      ]);
      expect(isDatabaseUnavailable()).toBe(true);
      await close();
    }
  });

  it("turns an unexpected error into 503 while the database is marked unavailable", () => {
    setDatabaseUnavailable(true);
    expect(toProblem(new TypeError("Cannot read properties of undefined"))).toMatchObject({ status: 503 });
    setDatabaseUnavailable(false);
    expect(quietly(() => toProblem(new TypeError("Cannot read properties of undefined")))).toMatchObject({
      status: 500,
    });
  });
});
