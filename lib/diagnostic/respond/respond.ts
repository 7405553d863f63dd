/**
 * The respondent's side (no sign-in): open a link, save answers as they go, submit once. What they
 * give is sealed with a key from their own link while they answer; submitting drops a sealed ballot
 * in the ballot box, which reaches the results shuffled, in batches, by another transaction — so a
 * response cannot be traced back to the link it came from (DESIGN §4.1.1).
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/types";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { type BallotContent, BALLOT_BATCH, emptyBallotBox } from "../ballot-box/empty-ballot-box";
import { ballotKey, seal, sessionKey, unseal } from "../ballot-box/seal";
import { DIMENSIONS } from "../instrument-schema";
import { LEVELS } from "../scoring";
import { hashSurveyToken, newSurveyToken } from "../survey-token";
import { closedLinkMessage, type WaveTiming, wavePhase } from "../waves/wave-phase";

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

const segmentInput = z.object({
  department: z.string().trim().min(1).max(100).optional(),
  role: z.string().trim().min(1).max(100).optional(),
  level: z.enum(LEVELS).optional(),
});

export const answersInput = z.object({
  answers: z.record(z.string().max(100), z.union([z.number().int().min(1).max(5), z.null()])).refine((a) => Object.keys(a).length <= 500, "Too many answers"),
  comments: z.partialRecord(z.enum(DIMENSIONS), z.string().max(2000, "A comment is at most 2000 characters")).optional(),
});

export type SurveyState = {
  sessionToken: string;
  wave: { name: string };
  segment: { department: string | null; role: string | null; level: string | null };
  items: { key: string; dimension: string; theme: string; text: string }[];
  answers: Record<string, number | null>;
  comments: Record<string, string>;
};

type Progress = { answers: Record<string, number | null>; comments: Record<string, string> };

const openProgress = (sealed: Uint8Array | null, sessionToken: string): Progress => (sealed ? unseal<Progress>(sealed, sessionKey(sessionToken)) : { answers: {}, comments: {} });

async function stateOf(db: Db, sessionToken: string): Promise<SurveyState> {
  const session = await db.surveySession.findUnique({ where: { tokenHash: hashSurveyToken(sessionToken) }, include: { wave: { include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } } } } });
  if (!session) throw new NotFoundError("Survey");
  assertTakingAnswers(session.wave);
  const progress = openProgress(session.sealed, sessionToken);
  return {
    sessionToken,
    wave: { name: session.wave.name },
    segment: { department: session.department, role: session.role, level: session.level },
    items: session.wave.instrument.items.map((i) => ({ key: i.key, dimension: i.dimension, theme: i.theme, text: i.text })),
    answers: progress.answers,
    comments: progress.comments,
  };
}

/**
 * Opens an invitation link: starts (or resumes) its session. The session token is the invitation token
 * itself, so the same link resumes; a used link says so.
 */
export async function openInvitation(db: Db, invitationToken: string): Promise<SurveyState> {
  const invitation = await db.waveInvitation.findUnique({ where: { tokenHash: hashSurveyToken(invitationToken) }, include: { wave: true } });
  if (!invitation) throw new NotFoundError("Invitation");
  if (invitation.submitted) throw new LinkClosedError("This link has already been used to answer. Thank you — each link counts once.");
  assertTakingAnswers(invitation.wave);
  await db.surveySession.upsert({
    where: { invitationId: invitation.id },
    create: { waveId: invitation.waveId, invitationId: invitation.id, tokenHash: invitation.tokenHash, department: invitation.department, role: invitation.role, level: invitation.level },
    update: {},
  });
  return stateOf(db, invitationToken);
}

/**
 * Starts a session from an open shared link (posters, kiosks) with the segment the respondent states;
 * returns its resume token. A verified shared link mails a single-use link instead.
 */
export async function openSharedLink(db: Db, sharedToken: string, segment: z.infer<typeof segmentInput>): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success) throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const wave = await db.wave.findUnique({ where: { sharedTokenHash: hashSurveyToken(sharedToken) } });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  if (wave.sharedLinkMode !== "open") throw new ConflictError("This survey first sends a personal link to your work email address.");
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
 * Submits the session, exactly once, as a sealed ballot. One statement (one round trip on the hot
 * path): it share-locks the wave row, so closing waits for submissions under way and none lands
 * after; deleting the session is the exactly-once guard (of concurrent submits only one DELETE finds
 * the row); an invitation already marked used writes nothing. The ballot box is emptied, in another
 * transaction, once a batch is waiting.
 */
export async function submitResponse(db: Db, sessionToken: string): Promise<void> {
  const tokenHash = hashSurveyToken(sessionToken);
  const session = await db.surveySession.findUnique({ where: { tokenHash }, select: { waveId: true, department: true, role: true, level: true, sealed: true, wave: { select: { status: true, opensAt: true, closesAt: true, instrument: { select: { items: { select: { key: true } } } } } } } });
  if (!session) throw new ConflictError("This response has already been submitted.");
  assertTakingAnswers(session.wave);
  const progress = openProgress(session.sealed, sessionToken);
  const keys = new Set(session.wave.instrument.items.map((i) => i.key));
  const ballot: BallotContent = {
    department: session.department,
    role: session.role,
    level: session.level,
    answers: Object.fromEntries(Object.entries(progress.answers).filter(([key, value]) => keys.has(key) && (value === null || (Number.isInteger(value) && value >= 1 && value <= 5)))),
    comments: Object.fromEntries(DIMENSIONS.flatMap((d) => (progress.comments[d]?.trim() ? [[d, progress.comments[d]!.trim()]] : []))),
  };
  const [outcome] = await db.$queryRaw<{ submitted: number; pending: number }[]>`
    WITH wave AS (
      SELECT w."id" FROM "Wave" w
      WHERE w."id" = ${session.waveId} AND w."status" = 'open'
        AND (w."opensAt" IS NULL OR w."opensAt" <= now()) AND (w."closesAt" IS NULL OR w."closesAt" > now())
      FOR SHARE
    ), claimed AS (
      DELETE FROM "SurveySession" s USING wave WHERE s."tokenHash" = ${tokenHash} AND s."waveId" = wave."id"
      RETURNING s."waveId", s."invitationId"
    ), used AS (
      UPDATE "WaveInvitation" invitation SET "submitted" = true FROM claimed
      WHERE invitation."id" = claimed."invitationId" AND invitation."submitted" = false
      RETURNING invitation."id"
    ), ballot AS (
      INSERT INTO "Ballot" ("id", "waveId", "sealed")
      SELECT ${randomUUID()}, claimed."waveId", ${seal(ballot, ballotKey())} FROM claimed
      WHERE claimed."invitationId" IS NULL OR EXISTS (SELECT 1 FROM used)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM ballot)::int AS submitted,
      (SELECT count(*) FROM "Ballot" b WHERE b."waveId" = ${session.waveId})::int AS pending`;
  if (outcome?.submitted === 1) {
    // The statement's own ballot is not in its count.
    if (outcome.pending + 1 >= BALLOT_BATCH) await emptyBallotBox(db, session.waveId, "when-full").catch((error) => console.error("The ballot box could not be emptied now (it will be later):", error));
    return;
  }
  // Nothing written: say why (the wave has closed, or the response is already in).
  const wave = await db.wave.findUnique({ where: { id: session.waveId }, select: { status: true, opensAt: true, closesAt: true } });
  if (wave) assertTakingAnswers(wave);
  throw new ConflictError("This response has already been submitted.");
}

/** A link's token is either an invitation's (which opens or resumes it) or a shared-link session's. */
export async function openSurveyToken(db: Db, token: string): Promise<SurveyState> {
  const invitation = await db.waveInvitation.findUnique({ where: { tokenHash: hashSurveyToken(token) }, select: { id: true } });
  return invitation ? openInvitation(db, token) : resumeSession(db, token);
}

/** What the shared link's first page offers: the organisation's departments and roles to choose from. */
export async function describeSharedLink(db: Db, sharedToken: string) {
  const wave = await db.wave.findUnique({ where: { sharedTokenHash: hashSurveyToken(sharedToken) }, include: { organisation: { include: { departments: { orderBy: { name: "asc" } }, roles: { orderBy: { name: "asc" } } } } } });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  const inAudience = (audience: string[], key: string) => audience.length === 0 || audience.includes(key);
  return {
    wave: { name: wave.name, k: wave.k },
    organisation: wave.organisation.name,
    departments: wave.organisation.departments.filter((d) => inAudience(wave.audienceDepartments, d.key)).map((d) => ({ key: d.key, name: d.name })),
    roles: wave.organisation.roles.filter((r) => inAudience(wave.audienceRoles, r.key)).map((r) => ({ key: r.key, name: r.name })),
  };
}
