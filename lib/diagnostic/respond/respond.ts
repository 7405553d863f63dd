/**
 * The respondent's side (no sign-in): open a link, save answers as they go, submit once. What they
 * give is sealed with a key from their own link while they answer; submitting drops a sealed ballot
 * in the ballot box, which reaches the results shuffled, in batches, by another transaction — so a
 * response cannot be traced back to the link it came from (DESIGN §4.1.1).
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { BALLOT_BATCH, emptyBallotBox } from "../ballot-box/empty-ballot-box";
import { ballotKey, seal, sessionKey, unseal } from "../ballot-box/seal";

export type Progress = { answers: Record<string, number | null>; comments: Record<string, string> };
import { type answersInput, segmentInput } from "../input";
import { hashSurveyToken, newSurveyToken } from "../survey-token";
import { closedLinkMessage, type WaveTiming, wavePhase } from "@/lib/diagnostic/rules/wave-phase";

/** Refuses politely unless the wave takes answers now (open, and within its dates). */
function assertTakingAnswers(wave: WaveTiming): void {
  const message = closedLinkMessage(wavePhase(wave), wave.opensAt);
  if (message) throw new LinkClosedError(message);
}

export class LinkClosedError extends AppError {
  constructor(detail: string) {
    super(410, "This link can no longer be used", detail);
  }
}

export type SurveyState = {
  kind: "answering";
  sessionToken: string;
  wave: { name: string };
  segment: { department: string | null; role: string | null; level: string | null };
  items: { key: string; dimension: string; theme: string; text: string }[];
  answers: Record<string, number | null>;
  comments: Record<string, string>;
};

const openProgress = (sealed: Uint8Array | null, sessionToken: string): Progress => (sealed ? unseal<Progress>(sealed, sessionKey(sessionToken)) : { answers: {}, comments: {} });

async function stateOf(db: Db, sessionToken: string): Promise<SurveyState> {
  const session = await db.surveySession.findUnique({ where: { tokenHash: hashSurveyToken(sessionToken) }, include: { wave: { include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } } } } });
  if (!session) throw new NotFoundError("Survey");
  assertTakingAnswers(session.wave);
  const progress = openProgress(session.sealed, sessionToken);
  return {
    kind: "answering",
    sessionToken,
    wave: { name: session.wave.name },
    segment: { department: session.department, role: session.role, level: session.level },
    items: session.wave.instrument.items.map((i) => ({ key: i.key, dimension: i.dimension, theme: i.theme, text: i.text })),
    answers: progress.answers,
    comments: progress.comments,
  };
}

/** A personal link from a verified shared link, before its holder has said where they work. */
export type SegmentChoice = Awaited<ReturnType<typeof describeChoices>> & { kind: "choose-segment"; token: string };

/**
 * Opens an invitation link: starts (or resumes) its session. The session token is the invitation token
 * itself, so the same link resumes; a used link says so. A personal link mailed from a verified shared
 * link first asks where its holder works (they state it, as on an open shared link).
 */
export async function openInvitation(db: Db, invitationToken: string): Promise<SurveyState | SegmentChoice> {
  const invitation = await db.waveInvitation.findUnique({ where: { tokenHash: hashSurveyToken(invitationToken) }, include: { wave: true, session: { select: { id: true } } } });
  if (!invitation) throw new NotFoundError("Invitation");
  if (invitation.submitted) throw new LinkClosedError("This link has already been used to answer. Thank you — each link counts once.");
  assertTakingAnswers(invitation.wave);
  if (invitation.email !== null && !invitation.session) return { kind: "choose-segment", token: invitationToken, ...(await describeChoices(db, invitation.wave)) };
  await db.surveySession.upsert({
    where: { invitationId: invitation.id },
    create: { waveId: invitation.waveId, invitationId: invitation.id, tokenHash: invitation.tokenHash, department: invitation.department, role: invitation.role, level: invitation.level },
    update: {},
  });
  return stateOf(db, invitationToken);
}

/** The holder of a personal link says where they work, once; then they answer. */
export async function stateSegment(db: Db, invitationToken: string, segment: z.infer<typeof segmentInput>): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success) throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const invitation = await db.waveInvitation.findUnique({ where: { tokenHash: hashSurveyToken(invitationToken) }, include: { wave: true } });
  if (!invitation || invitation.email === null) throw new NotFoundError("Invitation");
  if (invitation.submitted) throw new LinkClosedError("This link has already been used to answer. Thank you — each link counts once.");
  assertTakingAnswers(invitation.wave);
  const { department, role } = await statedSegment(db, invitation.wave, parsed.data);
  const created = await db.surveySession.createMany({ data: [{ waveId: invitation.waveId, invitationId: invitation.id, tokenHash: invitation.tokenHash, department, role, level: parsed.data.level ?? null }], skipDuplicates: true });
  if (created.count === 0) throw new ConflictError("You have already said where you work; carry on answering.");
  return stateOf(db, invitationToken);
}

/**
 * Starts a session from an open shared link (posters, kiosks) with the segment the respondent states;
 * returns its resume token. A verified shared link mails a single-use link instead.
 */
export async function openSharedLink(db: Db, sharedToken: string, segment: z.infer<typeof segmentInput>, earlierSession?: string): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success) throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const wave = await db.wave.findUnique({ where: { sharedTokenHash: hashSurveyToken(sharedToken) } });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  if (wave.sharedLinkMode !== "open") throw new ConflictError("This survey first sends a personal link to your work email address.");
  // One answer per browser: the browser keeps its session's token; once that session is submitted, it is gone.
  if (earlierSession) {
    const session = await db.surveySession.findUnique({ where: { tokenHash: hashSurveyToken(earlierSession) }, select: { waveId: true } });
    if (session?.waveId === wave.id) return stateOf(db, earlierSession);
    throw new ConflictError("This browser has already answered this survey. Thank you — each person answers once.");
  }
  const { department, role } = await statedSegment(db, wave, parsed.data);
  const { token, tokenHash } = newSurveyToken();
  await db.surveySession.create({ data: { waveId: wave.id, tokenHash, department, role, level: parsed.data.level ?? null } });
  return stateOf(db, token);
}

/** What a respondent says they are, within the wave's audience; a role's people count in its department. */
async function statedSegment(db: Db, wave: { organisationId: string; audienceDepartments: string[]; audienceRoles: string[] }, segment: z.infer<typeof segmentInput>): Promise<{ department: string | null; role: string | null }> {
  if (segment.department && wave.audienceDepartments.length && !wave.audienceDepartments.includes(segment.department)) throw new ValidationError("department", "Choose one of the departments listed.");
  if (segment.role && wave.audienceRoles.length && !wave.audienceRoles.includes(segment.role)) throw new ValidationError("role", "Choose one of the roles listed.");
  if (!segment.role) {
    if (segment.department && (await db.department.count({ where: { organisationId: wave.organisationId, key: segment.department } })) === 0) throw new ValidationError("department", "Choose one of the departments listed.");
    return { department: segment.department ?? null, role: null };
  }
  const role = await db.role.findFirst({ where: { organisationId: wave.organisationId, key: segment.role }, select: { key: true, department: { select: { key: true } } } });
  if (!role) throw new ValidationError("role", "Choose one of the roles listed.");
  if (segment.department && segment.department !== role.department.key) throw new ValidationError("role", "That role is in another department: choose a role of your department.");
  return { department: role.department.key, role: role.key };
}

export async function resumeSession(db: Db, sessionToken: string): Promise<SurveyState> {
  return stateOf(db, sessionToken);
}

/** Saves answers so far (merged into what was saved); unknown statements are refused. */
export async function saveAnswers(db: Db, sessionToken: string, input: z.infer<typeof answersInput>): Promise<void> {
  const state = await stateOf(db, sessionToken);
  const keys = new Set(state.items.map((i) => i.key));
  const unknown = Object.keys(input.answers).find((key) => !keys.has(key));
  if (unknown) throw new ValidationError(`answers.${unknown}`, `No statement "${unknown}" in this survey.`);
  const progress: Progress = { answers: { ...state.answers, ...input.answers }, comments: { ...state.comments, ...(input.comments ?? {}) } };
  await db.surveySession.update({ where: { tokenHash: hashSurveyToken(sessionToken) }, data: { sealed: seal(progress, sessionKey(sessionToken)) } });
}

/**
 * Submits the session, exactly once, as a ballot — one statement, one round trip (the hot path). It
 * share-locks the wave row, so closing waits for submissions under way and none lands after; deleting
 * the session is the exactly-once guard (of concurrent submits only one DELETE finds the row); an
 * invitation already marked used writes nothing. The answers move into the ballot box still sealed
 * with the link's key, which goes with them sealed with the app's key: the database never holds them
 * readable. The ballot box is emptied, in another transaction, once a batch is waiting.
 */
export async function submitResponse(db: Db, sessionToken: string): Promise<void> {
  const tokenHash = hashSurveyToken(sessionToken);
  const [outcome] = await db.$queryRaw<{ submitted: number; waveId: string | null }[]>`
    WITH session AS (
      SELECT s."id", s."waveId", s."invitationId" FROM "SurveySession" s WHERE s."tokenHash" = ${tokenHash}
    ), wave AS (
      SELECT w."id" FROM "Wave" w JOIN session ON session."waveId" = w."id"
      WHERE w."status" = 'open' AND (w."opensAt" IS NULL OR w."opensAt" <= now()) AND (w."closesAt" IS NULL OR w."closesAt" > now())
      FOR SHARE OF w
    ), claimed AS (
      DELETE FROM "SurveySession" s USING wave WHERE s."tokenHash" = ${tokenHash} AND s."waveId" = wave."id"
      RETURNING s."waveId", s."invitationId", s."department", s."role", s."level", s."sealed"
    ), used AS (
      UPDATE "WaveInvitation" invitation SET "submitted" = true FROM claimed
      WHERE invitation."id" = claimed."invitationId" AND invitation."submitted" = false
      RETURNING invitation."id"
    ), ballot AS (
      INSERT INTO "Ballot" ("id", "waveId", "department", "role", "level", "sealed", "sealedKey")
      SELECT ${randomUUID()}, claimed."waveId", claimed."department", claimed."role", claimed."level", claimed."sealed", ${seal(sessionKey(sessionToken).toString("base64"), ballotKey())}
      FROM claimed
      WHERE claimed."invitationId" IS NULL OR EXISTS (SELECT 1 FROM used)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM ballot)::int AS submitted, (SELECT "waveId" FROM session) AS "waveId"`;
  if (outcome?.submitted === 1 && outcome.waveId) {
    // About one submission in a batch tries to empty the ballot box (which goes ahead only once a batch
    // waits): no count on the hot path.
    if (Math.random() < 1 / BALLOT_BATCH) await emptyBallotBox(db, outcome.waveId, "when-full").catch((error) => console.error("The ballot box could not be emptied now (it will be later):", error));
    return;
  }
  // Nothing written: say why (the wave has closed, or the response is already in).
  const wave = outcome?.waveId ? await db.wave.findUnique({ where: { id: outcome.waveId }, select: { status: true, opensAt: true, closesAt: true } }) : null;
  if (wave) assertTakingAnswers(wave);
  throw new ConflictError("This response has already been submitted.");
}

/** A link's token is either an invitation's (which opens or resumes it) or a shared-link session's. */
export async function openSurveyToken(db: Db, token: string): Promise<SurveyState | SegmentChoice> {
  const invitation = await db.waveInvitation.findUnique({ where: { tokenHash: hashSurveyToken(token) }, select: { id: true } });
  return invitation ? openInvitation(db, token) : resumeSession(db, token);
}

/** The departments and roles a respondent may say they belong to: the wave's audience. */
async function describeChoices(db: Db, wave: { name: string; k: number; organisationId: string; audienceDepartments: string[]; audienceRoles: string[] }) {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: wave.organisationId }, include: { departments: { orderBy: { name: "asc" } }, roles: { orderBy: { name: "asc" }, include: { department: { select: { key: true } } } } } });
  const inAudience = (audience: string[], key: string) => audience.length === 0 || audience.includes(key);
  return {
    wave: { name: wave.name, k: wave.k },
    organisation: organisation.name,
    departments: organisation.departments.filter((d) => inAudience(wave.audienceDepartments, d.key)).map((d) => ({ key: d.key, name: d.name })),
    roles: organisation.roles.filter((r) => inAudience(wave.audienceRoles, r.key)).map((r) => ({ key: r.key, name: r.name, department: r.department.key })),
  };
}

/** What the shared link's first page offers: an email field (verified) or the choice of segment (open). */
export async function describeSharedLink(db: Db, sharedToken: string) {
  const wave = await db.wave.findUnique({ where: { sharedTokenHash: hashSurveyToken(sharedToken) }, include: { organisation: { select: { workEmailDomains: true } } } });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  return { mode: wave.sharedLinkMode, workEmailDomains: wave.organisation.workEmailDomains, ...(await describeChoices(db, wave)) };
}
