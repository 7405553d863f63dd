import { count } from "@/lib/text/plural";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { parseDepartmentsCsv, parseRolesCsv, type CsvError } from "@/lib/model/rules/parse-structure-csv";

export class CsvFileError extends AppError {
  constructor(errors: CsvError[]) {
    const first = errors[0]!;
    super(
      400,
      "Invalid CSV file",
      `The file was refused: ${count(errors.length, "problem")}, first on line ${first.line}${first.column ? ` (${first.column})` : ""}: ${first.message}. Nothing was imported.`,
      first.column || "body",
      { errors },
    );
  }
}

/** Creates or updates departments or roles by key from CSV, all or nothing. */
export async function importStructureCsv(
  access: OrgAccess,
  kind: "departments" | "roles",
  text: string,
): Promise<{ created: number; updated: number }> {
  assertCan(access, "model:edit");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const departments = await tx.department.findMany({ where: { organisationId } });
    let created = 0;
    let updated = 0;
    if (kind === "departments") {
      const parsed = parseDepartmentsCsv(
        text,
        departments.map((d) => d.key),
      );
      if (!parsed.ok) throw new CsvFileError(parsed.errors);
      const ids = new Map(departments.map((d) => [d.key, d.id]));
      for (const row of parsed.rows) {
        const id = ids.get(row.key);
        if (id) {
          await tx.department.update({ where: { id }, data: { name: row.name } });
          updated++;
        } else {
          ids.set(row.key, (await tx.department.create({ data: { organisationId, key: row.key, name: row.name } })).id);
          created++;
        }
      }
      for (const row of parsed.rows)
        await tx.department.update({
          where: { id: ids.get(row.key)! },
          data: { parentId: row.parent ? ids.get(row.parent)! : null },
        });
    } else {
      const parsed = parseRolesCsv(
        text,
        departments.map((d) => d.key),
      );
      if (!parsed.ok) throw new CsvFileError(parsed.errors);
      const departmentId = new Map(departments.map((d) => [d.key, d.id]));
      const existing = new Map(
        (await tx.role.findMany({ where: { organisationId }, select: { id: true, key: true } })).map((r) => [
          r.key,
          r.id,
        ]),
      );
      for (const row of parsed.rows) {
        const data = {
          name: row.name,
          departmentId: departmentId.get(row.department)!,
          customerFacing: row.customerFacing,
          headcount: row.headcount ?? null,
        };
        const id = existing.get(row.key);
        if (id) {
          await tx.role.update({ where: { id }, data });
          updated++;
        } else {
          await tx.role.create({ data: { organisationId, key: row.key, ...data } });
          created++;
        }
      }
    }
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: `model.csv_${kind}`,
      subjectType: kind === "departments" ? "department" : "role",
      subjectId: organisationId,
      summary: `Imported ${kind} from CSV: ${created} created, ${updated} updated`,
      after: { created, updated },
    });
    return { created, updated };
  });
}
