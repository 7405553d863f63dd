import { expect, it } from "vitest";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { inTransaction, type Tx } from "./types";

describeOnEachDatabase("inTransaction", (use) => {
  const count = async () =>
    (await use().db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "User" WHERE "email" LIKE 'in-tx-%'`)[0]!
      .n;
  const addUser = (email: string) => (tx: Tx) => tx.user.create({ data: { email, name: "In tx", passwordHash: "x" } });

  it("opens a transaction when given the client", async () => {
    await expect(
      inTransaction(use().db, async (tx) => {
        await addUser("in-tx-a@example.com")(tx);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await count()).toBe(0);
  });

  it("joins the caller's transaction when given one: the caller's rollback undoes the work", async () => {
    await expect(
      use().db.$transaction(async (outer) => {
        await inTransaction(outer, addUser("in-tx-b@example.com"));
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await count()).toBe(0);
    await use().db.$transaction((outer) => inTransaction(outer, addUser("in-tx-c@example.com")));
    expect(await count()).toBe(1);
  });
});
