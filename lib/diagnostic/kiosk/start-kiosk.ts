/** A manager turns a browser into a kiosk for a wave, or ends it (DESIGN §4.4). */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { wavePhase } from "@/lib/diagnostic/rules/wave-phase";
import { waveOf } from "../waves/wave-of";
import { KIOSK_MAX_AGE_SECONDS, kioskPass, linkMark, readKioskPass } from "./kiosk-pass";

/**
 * The pass that makes this browser a kiosk for the wave: only a wave taking answers now through an open
 * shared link (a kiosk cannot mail anyone a personal link, so a verified link refuses with 409).
 */
export async function startKiosk(access: OrgAccess, waveId: string, now = Date.now()): Promise<{ pass: string }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.sharedLinkMode !== "open")
    throw new ConflictError(
      `A kiosk needs an open shared link, and the shared link of “${wave.name}” asks each person for their work email address first. Use invitations or the verified link for this wave, or create a wave with an open link for kiosks.`,
    );
  if (wavePhase(wave) !== "open" || !wave.sharedTokenHash)
    throw new ConflictError(`“${wave.name}” is not taking answers now, so it cannot have a kiosk.`);
  const pass = kioskPass({
    organisationId: access.organisation.id,
    waveId: wave.id,
    link: linkMark(wave.sharedTokenHash),
    expiresAt: now + KIOSK_MAX_AGE_SECONDS * 1000,
  });
  await recordAuditEvent(access.db, access.organisation.id, access.actor, {
    action: "wave.kiosk_started",
    subjectType: "wave",
    subjectId: wave.id,
    summary: `Made a browser a kiosk for “${wave.name}”`,
  });
  return { pass };
}

/**
 * Ends the kiosk on the browser that asks (a manager signed in on it again); the route clears the cookie.
 * Recorded only when that browser's pass was for this wave: there is nothing to end otherwise.
 */
export async function endKiosk(access: OrgAccess, waveId: string, passValue: string | undefined): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  const pass = readKioskPass(passValue);
  if (pass?.waveId !== wave.id || pass.organisationId !== access.organisation.id) return;
  await recordAuditEvent(access.db, access.organisation.id, access.actor, {
    action: "wave.kiosk_ended",
    subjectType: "wave",
    subjectId: wave.id,
    summary: `Ended a kiosk for “${wave.name}”`,
  });
}
