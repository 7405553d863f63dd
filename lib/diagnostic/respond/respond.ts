/**
 * The respondent's side (no sign-in): open a link, save answers as they go, submit once. A submitted
 * response is written with a random id, its segment and answers only — never the invitation, the
 * session or a time — so it cannot be traced back to the link it came from.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/types";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
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

async function stateOf(db: Db, sessionToken: string): Promise<SurveyState> {
  const session = await db.surveySession.findUnique({ where: { tokenHash: hashSurveyToken(sessionToken) }, include: { wave: { include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } } } } });
  if (!session) throw new NotFoundError("Survey");
  assertTakingAnswers(session.wave);
  return {
    sessionToken,
    wave: { name: session.wave.name },
    segment: { department: session.department, role: session.role, level: session.level },
    items: session.wave.instrument.items.map((i) => ({ key: i.key, dimension: i.dimension, theme: i.theme, text: i.text })),
    answers: session.answers as Record<string, number | null>,
    comments: session.comments as Record<string, string>,
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

/** Starts a session from the shared link with the segment the respondent states; returns its resume token. */
export async function openSharedLink(db: Db, sharedToken: string, segment: z.infer<typeof segmentInput>): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success) throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const wave = await db.wave.findUnique({ where: { sharedTokenHash: hashSurveyToken(sharedToken) } });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  // The wave's audience, when set, bounds what a respondent may say they are.
  if (parsed.data.department && wave.audienceDepartments.length && !wave.audienceDepartments.includes(parsed.data.department)) throw new ValidationError("department", "Choose one of the departments listed.");
  if (parsed.data.role && wave.audienceRoles.length && !wave.audienceRoles.includes(parsed.data.role)) throw new ValidationError("role", "Choose one of the roles listed.");
  const { token, tokenHash } = newSurveyToken();
  await db.surveySession.create({ data: { waveId: wave.id, tokenHash, department: parsed.data.department ?? null, role: parsed.data.role ?? null, level: parsed.data.level ?? null } });
  return stateOf(db, token);
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
  await db.surveySession.update({
    where: { tokenHash: hashSurveyToken(sessionToken) },
    data: { answers: { ...state.answers, ...input.answers } as Prisma.InputJsonValue, comments: { ...state.comments, ...(input.comments ?? {}) } as Prisma.InputJsonValue },
  });
}

/**
 * Submits the session as a response, exactly once, in one statement (one transaction, one round trip —
 * this is the hot path). Deleting the session is the guard: under concurrent submits only one DELETE
 * finds the row, and only the statement that deleted it writes the response and its answers. A session
 * whose invitation is already marked used writes nothing.
 */
export async function submitResponse(db: Db, sessionToken: string): Promise<void> {
  const tokenHash = hashSurveyToken(sessionToken);
  const [outcome] = await db.$queryRaw<{ submitted: number }[]>`
    WITH claimed AS (
      DELETE FROM "SurveySession" s USING "Wave" w
      WHERE s."tokenHash" = ${tokenHash} AND w."id" = s."waveId" AND w."status" = 'open'
        AND (w."opensAt" IS NULL OR w."opensAt" <= now()) AND (w."closesAt" IS NULL OR w."closesAt" > now())
      RETURNING s."waveId", s."invitationId", s."department", s."role", s."level", s."answers", s."comments", w."instrumentId"
    ), used AS (
      UPDATE "WaveInvitation" invitation SET "submitted" = true FROM claimed
      WHERE invitation."id" = claimed."invitationId" AND invitation."submitted" = false
      RETURNING invitation."id"
    ), given AS (
      SELECT item."id" AS "itemId", item."dimension", (claimed."answers" ->> item."key")::smallint AS "value",
        CASE WHEN item."reversed" THEN 6 - (claimed."answers" ->> item."key")::smallint ELSE (claimed."answers" ->> item."key")::smallint END AS "recoded"
      FROM claimed JOIN "InstrumentItem" item ON item."instrumentId" = claimed."instrumentId" AND claimed."answers" ? item."key"
    ), response AS (
      INSERT INTO "Response" ("id", "waveId", "department", "role", "level", "comments", "practicalScore", "personalScore", "possibleScore")
      SELECT ${randomUUID()}, claimed."waveId", claimed."department", claimed."role", claimed."level",
        (SELECT COALESCE(jsonb_object_agg(c.key, c.value), '{}'::jsonb) FROM jsonb_each(claimed."comments") c WHERE btrim(c.value #>> '{}') <> ''),
        -- The respondent's mean recoded answer per dimension, as scoring.ts defines it ("don't know" is null).
        (SELECT avg("recoded") FROM given WHERE "dimension" = 'practical'),
        (SELECT avg("recoded") FROM given WHERE "dimension" = 'personal'),
        (SELECT avg("recoded") FROM given WHERE "dimension" = 'possible')
      FROM claimed
      WHERE claimed."invitationId" IS NULL OR EXISTS (SELECT 1 FROM used)
      RETURNING "id"
    ), answers AS (
      INSERT INTO "Answer" ("responseId", "itemId", "value")
      SELECT response."id", given."itemId", given."value" FROM given CROSS JOIN response
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM response)::int AS submitted`;
  if (outcome?.submitted === 1) return;
  // Nothing written: say why (the session's wave has closed, or the response is already in).
  const session = await db.surveySession.findUnique({ where: { tokenHash }, select: { wave: { select: { status: true, opensAt: true, closesAt: true } } } });
  if (session) assertTakingAnswers(session.wave);
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
