import { expect, it } from "vitest";
import { makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import {
  endAllAuthSessions,
  endAuthSession,
  findSessionActor,
  SESSION_MAX_AGE_SECONDS,
  startAuthSession,
} from "./auth-sessions";

describeOnEachDatabase("server-side sessions", (use) => {
  it("a session counts while its row exists: signing out ends it, whatever the cookie still says", async () => {
    const { db } = use();
    const user = await makeUser(db, "Session User");
    const sessionId = await startAuthSession(db, user.id);
    expect(await findSessionActor(db, sessionId, user.id)).toEqual(user);
    const row = await db.authSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(SESSION_MAX_AGE_SECONDS * 1000, -3);

    await endAuthSession(db, sessionId);
    expect(await findSessionActor(db, sessionId, user.id)).toBeNull();
  });

  it("refuses a session of another user, an expired one, and every one of a user whose sessions were all ended", async () => {
    const { db } = use();
    const user = await makeUser(db, "Many Devices");
    const other = await makeUser(db, "Someone Else");
    const laptop = await startAuthSession(db, user.id);
    const phone = await startAuthSession(db, user.id);
    const theirs = await startAuthSession(db, other.id);
    expect(await findSessionActor(db, laptop, other.id)).toBeNull();

    await db.authSession.update({ where: { id: phone }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSessionActor(db, phone, user.id)).toBeNull();
    // A new sign-in clears the user's expired sessions on the way.
    const tablet = await startAuthSession(db, user.id);
    expect(await db.authSession.count({ where: { id: phone } })).toBe(0);

    await endAllAuthSessions(db, user.id);
    expect(await findSessionActor(db, laptop, user.id)).toBeNull();
    expect(await findSessionActor(db, tablet, user.id)).toBeNull();
    expect(await findSessionActor(db, theirs, other.id)).toEqual(other);
  });
});
