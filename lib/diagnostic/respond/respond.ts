/**
 * The respondent's side (no sign-in): open a link, save answers as they go, submit once. A submitted
 * response is written with a random id, its segment and answers only — never the invitation, the
 * session or a time — so it cannot be traced back to the link it came from.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { insertAnswers } from "../insert-answers";
import type { Db } from "@/lib/db/types";
import { AppError, ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DIMENSIONS } from "../instrument-schema";
import { LEVELS } from "../scoring";
import { hashSurveyToken, newSurveyToken } from "../survey-token";

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
  if (session.wave.status !== "open") throw new LinkClosedError("This survey has closed. Thank you for your interest.");
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
  if (invitation.wave.status !== "open") throw new LinkClosedError(invitation.wave.status === "closed" ? "This survey has closed. Thank you for your interest." : "This survey has not opened yet.");
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
  if (wave.status !== "open") throw new LinkClosedError("This survey is not open.");
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
 * Submits the session as a response, exactly once: deleting the session is the guard (under concurrent
 * submits only one delete finds it), in the same transaction as the response and its answers.
 */
export async function submitResponse(db: Db, sessionToken: string): Promise<void> {
  const tokenHash = hashSurveyToken(sessionToken);
  await db.$transaction(async (tx) => {
    const session = await tx.surveySession.findUnique({ where: { tokenHash }, include: { wave: { include: { instrument: { include: { items: true } } } } } });
    if (!session) throw new ConflictError("This response has already been submitted.");
    if (session.wave.status !== "open") throw new LinkClosedError("This survey has closed.");
    const claimed = await tx.surveySession.deleteMany({ where: { id: session.id } });
    if (claimed.count !== 1) throw new ConflictError("This response has already been submitted.");
    if (session.invitationId) {
      const used = await tx.waveInvitation.updateMany({ where: { id: session.invitationId, submitted: false }, data: { submitted: true } });
      if (used.count !== 1) throw new ConflictError("This link has already been used to answer.");
    }
    const answers = session.answers as Record<string, number | null>;
    const itemIds = new Map(session.wave.instrument.items.map((i) => [i.key, i.id]));
    const responseId = randomUUID();
    const comments = Object.fromEntries(Object.entries(session.comments as Record<string, string>).filter(([, c]) => c.trim()));
    await tx.response.create({ data: { id: responseId, waveId: session.waveId, department: session.department, role: session.role, level: session.level, comments } });
    await insertAnswers(
      tx,
      Object.entries(answers)
        .filter(([key]) => itemIds.has(key))
        .map(([key, value]) => ({ responseId, itemId: itemIds.get(key)!, value })),
    );
  });
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
  if (wave.status !== "open") throw new LinkClosedError(wave.status === "closed" ? "This survey has closed. Thank you for your interest." : "This survey has not opened yet.");
  return {
    wave: { name: wave.name },
    organisation: wave.organisation.name,
    departments: wave.organisation.departments.map((d) => ({ key: d.key, name: d.name })),
    roles: wave.organisation.roles.map((r) => ({ key: r.key, name: r.name })),
  };
}
