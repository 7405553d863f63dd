/**
 * Imports KPI readings from CSV, all or nothing: the whole file is checked first (every problem with its
 * line), and nothing is written when any row is wrong. "merge" adds the file's readings and replaces those
 * with the same KPI, month and department; "replace" first removes every reading of the organisation.
 * Whole-organisation, so for those who may edit the whole model (owners).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { CsvFileError } from "@/lib/model/csv/import-structure-csv";
import { bulkInsert } from "@/lib/db/bulk-insert";
import { parseReadingsCsv } from "./rules/parse-readings-csv";

export async function importReadingsCsv(
  access: OrgAccess,
  mode: "merge" | "replace",
  text: string,
): Promise<{ imported: number; replaced: number; removed: number }> {
  assertCan(access, "model:edit");
  const organisationId = access.organisation.id;
  return access.db.$transaction(
    async (tx) => {
      const [kpis, departments] = await Promise.all([
        tx.kpi.findMany({ where: { organisationId }, select: { id: true, key: true, name: true } }),
        tx.department.findMany({ where: { organisationId }, select: { id: true, key: true, name: true } }),
      ]);
      const parsed = parseReadingsCsv(text, kpis, departments);
      if (!parsed.ok) throw new CsvFileError(parsed.errors);
      const kpiId = new Map(kpis.map((k) => [k.key, k.id]));
      const departmentId = new Map(departments.map((d) => [d.key, d.id]));
      const removed = mode === "replace" ? (await tx.kpiReading.deleteMany({ where: { organisationId } })).count : 0;
      const before = await tx.kpiReading.count({ where: { organisationId } });
      // One statement per batch: a reading of the same KPI, month and department is replaced (merge).
      await bulkInsert(
        tx,
        "KpiReading",
        [
          { name: "id", type: "text", value: () => crypto.randomUUID() },
          { name: "organisationId", type: "text", value: () => organisationId },
          { name: "kpiId", type: "text", value: (r) => kpiId.get(r.kpi) },
          { name: "period", type: "text", value: (r) => r.period },
          { name: "value", type: "float8", value: (r) => r.value },
          { name: "target", type: "float8", value: (r) => r.target },
          { name: "departmentId", type: "text", value: (r) => (r.department ? departmentId.get(r.department) : null) },
        ],
        parsed.rows,
        `ON CONFLICT ("kpiId", "period", "departmentId") DO UPDATE SET "value" = EXCLUDED."value", "target" = EXCLUDED."target"`,
      );
      const after = await tx.kpiReading.count({ where: { organisationId } });
      const imported = parsed.rows.length;
      const replaced = imported - (after - before);
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "kpi.readings-imported",
        subjectType: "organisation",
        subjectId: organisationId,
        summary: `Imported ${imported} KPI readings from CSV (${mode === "replace" ? `replacing all ${removed} kept` : `${replaced} replaced`})`,
        after: { mode, imported, replaced, removed },
      });
      return { imported, replaced, removed };
    },
    { timeout: 120_000 },
  );
}
