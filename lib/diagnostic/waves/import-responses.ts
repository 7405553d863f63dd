/** Responses gathered elsewhere (the §7 CSV) into a wave: validated whole, written in one transaction. */
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { insertAnswers } from "../insert-answers";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import { parseResponsesCsv, type ResponsesCsvError } from "../parse-responses-csv";

export class ResponsesFileError extends AppError {
  constructor(errors: ResponsesCsvError[]) {
    const first = errors[0]!;
    super(400, "Invalid responses file", `The file was refused: ${errors.length} problem${errors.length === 1 ? "" : "s"}, first on line ${first.line}${first.column ? ` (${first.column})` : ""}: ${first.message}. Nothing was imported.`, first.column || "body", { errors });
  }
}

export async function importResponses(access: OrgAccess, waveId: string, text: string): Promise<{ imported: number }> {
  assertCan(access, "diagnostic:manage");
  const wave = await access.db.wave.findFirst({ where: { id: waveId, organisationId: access.organisation.id }, include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } } });
  if (!wave) throw new NotFoundError("Wave");
  if (wave.status === "draft") throw new ConflictError("Open the wave before importing responses into it.");
  const instrument = { format: "throughline.instrument/1" as const, name: wave.instrument.name, items: wave.instrument.items.map((i) => ({ key: i.key, dimension: i.dimension, theme: i.theme, text: i.text, reversed: i.reversed })) };
  const parsed = parseResponsesCsv(text, instrument);
  if (!parsed.ok) throw new ResponsesFileError(parsed.errors);
  const itemId = new Map(wave.instrument.items.map((i) => [i.key, i.id]));
  const rows = parsed.responses.map((response) => ({ id: randomUUID(), response }));
  await access.db.$transaction(async (tx) => {
    await tx.response.createMany({ data: rows.map(({ id, response }) => ({ id, waveId: wave.id, department: response.department ?? null, role: response.role ?? null, level: response.level ?? null })) });
    const answers = rows.flatMap(({ id, response }) => Object.entries(response.answers).map(([key, value]) => ({ responseId: id, itemId: itemId.get(key)!, value })));
    await insertAnswers(tx, answers);
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.responses_imported", subjectType: "wave", subjectId: wave.id, summary: `Imported ${rows.length} responses into “${wave.name}” from CSV`, after: { imported: rows.length } });
  });
  return { imported: rows.length };
}
