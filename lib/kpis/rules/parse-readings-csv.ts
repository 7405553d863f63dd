/**
 * KPI readings from a spreadsheet, as CSV with the header `kpi,period,value,target,department` (target and
 * department may be left empty or out). A KPI is named by its key or, failing that, by its name (letter case
 * and spaces at the ends ignored; a name two KPIs share is refused); a department likewise. The month is
 * YYYY-MM (a date YYYY-MM-DD is read as its month); numbers use a dot for decimals. Every problem of the file
 * is reported at once, with its physical line, its column and the value found; pure.
 */
import { read, type CsvError, type CsvResult } from "@/lib/model/rules/parse-structure-csv";
import { PERIOD_PATTERN } from "@/lib/model/model-schema";

export type ReadingRow = {
  line: number;
  kpi: string;
  period: string;
  value: number;
  target?: number;
  department?: string;
};
type Named = { key: string; name: string };

function resolver(items: readonly Named[]) {
  const byKey = new Map(items.map((i) => [i.key, i.key]));
  const byName = new Map<string, string | null>();
  for (const i of items) {
    const name = i.name.trim().toLowerCase();
    byName.set(name, byName.has(name) ? null : i.key);
  }
  return (cell: string): string | null | undefined => byKey.get(cell) ?? byName.get(cell.trim().toLowerCase());
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function parseReadingsCsv(
  text: string,
  kpis: readonly Named[],
  departments: readonly Named[],
): CsvResult<ReadingRow> {
  const { rows, errors, has } = read(text, ["kpi", "period", "value"]);
  if (!has("kpi") || !has("period") || !has("value")) return { ok: false, errors };
  const kpiOf = resolver(kpis);
  const departmentOf = resolver(departments);
  const quoted = (v: string) => JSON.stringify(v);
  const number = (line: number, column: string, cell: string, required: boolean): number | undefined => {
    if (cell === "") {
      if (required) errors.push({ line, column, message: "must not be empty" });
      return undefined;
    }
    const n = Number(cell);
    if (!NUMBER.test(cell) || !Number.isFinite(n) || Math.abs(n) > 1e15) {
      errors.push({ line, column, message: `${quoted(cell)} is not a number (use a dot for decimals)` });
      return undefined;
    }
    return n;
  };
  const parsed: ReadingRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const errorsBefore = errors.length;
    const kpiCell = row.cell("kpi");
    const kpi = kpiOf(kpiCell);
    if (!kpiCell) errors.push({ line: row.line, column: "kpi", message: "must not be empty" });
    else if (kpi === null)
      errors.push({
        line: row.line,
        column: "kpi",
        message: `${quoted(kpiCell)} is the name of more than one KPI: use its key`,
      });
    else if (kpi === undefined)
      errors.push({ line: row.line, column: "kpi", message: `no KPI with key or name ${quoted(kpiCell)}` });
    const periodCell = row.cell("period");
    const period = /^\d{4}-\d{2}-\d{2}$/.test(periodCell) ? periodCell.slice(0, 7) : periodCell;
    if (!PERIOD_PATTERN.test(period))
      errors.push({ line: row.line, column: "period", message: `${quoted(periodCell)} is not a month as YYYY-MM` });
    const value = number(row.line, "value", row.cell("value"), true);
    const target = number(row.line, "target", row.cell("target"), false);
    const departmentCell = row.cell("department");
    const department = departmentCell ? departmentOf(departmentCell) : undefined;
    if (departmentCell && department === null)
      errors.push({
        line: row.line,
        column: "department",
        message: `${quoted(departmentCell)} is the name of more than one department: use its key`,
      });
    else if (departmentCell && department === undefined)
      errors.push({
        line: row.line,
        column: "department",
        message: `no department with key or name ${quoted(departmentCell)}`,
      });
    if (errors.length > errorsBefore || !kpi || value === undefined) continue;
    const id = `${kpi}\u0000${period}\u0000${department ?? ""}`;
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push({
        line: row.line,
        column: "period",
        message: `a second reading for ${period} (also on line ${first})`,
      });
      continue;
    }
    seen.set(id, row.line);
    parsed.push({
      line: row.line,
      kpi,
      period,
      value,
      ...(target !== undefined ? { target } : {}),
      ...(department ? { department } : {}),
    });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ line: 1, column: "", message: "the file has no readings" });
  return errors.length > 0 ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, rows: parsed };
}
export type { CsvError };
