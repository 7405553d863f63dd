/** Responses gathered elsewhere (the §7 CSV) into a wave: validated whole, written in one transaction. */
import { count } from "@/lib/text/plural";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { parseResponsesCsv, type ResponsesCsvError } from "@/lib/diagnostic/rules/parse-responses-csv";
import { writeResponses } from "../write-responses";

export class ResponsesFileError extends AppError {
  constructor(errors: ResponsesCsvError[]) {
    const first = errors[0]!;
    super(
      400,
      "Invalid responses file",
      `The file was refused: ${count(errors.length, "problem")}, first on line ${first.line}${first.column ? ` (${first.column})` : ""}: ${first.message}. Nothing was imported.`,
      first.column || "body",
      { errors },
    );
  }
}

export async function importResponses(access: OrgAccess, waveId: string, text: string): Promise<{ imported: number }> {
  assertCan(access, "diagnostic:manage");
  const wave = await access.db.wave.findFirst({
    where: { id: waveId, organisationId: access.organisation.id },
    include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } },
  });
  if (!wave) throw new NotFoundError("Wave");
  if (wave.status === "draft") throw new ConflictError("Open the wave before importing responses into it.");
  // Published results never change afterwards: a closed wave's figures compared before and after an
  // import would describe the people imported.
  if (wave.status === "closed")
    throw new ConflictError("The wave is closed and its results are published; import into an open wave.");
  const instrument = {
    format: "throughline.instrument/1" as const,
    name: wave.instrument.name,
    items: wave.instrument.items.map((i) => ({
      key: i.key,
      dimension: i.dimension,
      theme: i.theme,
      text: i.text,
      reversed: i.reversed,
    })),
  };
  const [departments, roles] = await Promise.all([
    access.db.department.findMany({ where: { organisationId: access.organisation.id }, select: { key: true } }),
    access.db.role.findMany({
      where: { organisationId: access.organisation.id },
      select: { key: true, department: { select: { key: true } } },
    }),
  ]);
  const parsed = parseResponsesCsv(text, instrument, {
    departments: departments.map((d) => d.key),
    roles: roles.map((r) => ({ key: r.key, department: r.department.key })),
  });
  if (!parsed.ok) throw new ResponsesFileError(parsed.errors);
  const roleDepartment = new Map(roles.map((r) => [r.key, r.department.key]));
  await access.db.$transaction(async (tx) => {
    await writeResponses(
      tx,
      wave.id,
      wave.instrument.items,
      parsed.responses.map((r) => ({
        department: (r.role ? roleDepartment.get(r.role) : undefined) ?? r.department ?? null,
        role: r.role ?? null,
        level: r.level ?? null,
        answers: r.answers,
      })),
    );
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.responses_imported",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Imported ${parsed.responses.length} responses into “${wave.name}” from CSV`,
      after: { imported: parsed.responses.length },
    });
  });
  return { imported: parsed.responses.length };
}
