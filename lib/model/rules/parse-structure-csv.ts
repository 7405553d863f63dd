/**
 * Departments and roles from a client's spreadsheet, as CSV (DESIGN §3: "bring a client's spreadsheets
 * in"). Headers: `key,name,parent` for departments; `key,name,department,customerFacing,headcount` for
 * roles (a missing key is made from the name). Every problem of the file is reported at once, with the
 * physical line it is on and the value found; pure.
 */
import { z } from "zod";
import { readCsvRecords } from "@/lib/csv/read-csv-records";
import { slugify } from "@/lib/organisations/rules/slug";

export type CsvError = { line: number; column: string; message: string };
export type DepartmentRow = { key: string; name: string; parent?: string };
export type RoleRow = { key: string; name: string; department: string; customerFacing: boolean; headcount?: number };
export type CsvResult<T> = { ok: true; rows: T[] } | { ok: false; errors: CsvError[] };

type Row = { line: number; cell: (column: string) => string };

const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const yes = new Set(["yes", "y", "true", "1", "customer-facing", "customer facing", "front", "front-office"]);
const no = new Set(["no", "n", "false", "0", "back-office", "back office", "back"]);

/** The rows, each with its line; a missing column is reported once and its cells read as empty (also read by lib/kpis). */
export function read(
  text: string,
  required: string[],
): { rows: Row[]; errors: CsvError[]; has: (c: string) => boolean } {
  const { records, problems } = readCsvRecords(text);
  const errors: CsvError[] = problems.map((p) => ({ line: p.line, column: "", message: p.message }));
  const [header, ...records_] = records;
  if (!header) return { rows: [], errors: [{ line: 1, column: "", message: "the file is empty" }], has: () => false };
  const headers = header.cells.map((h) => h.trim());
  for (const column of required)
    if (!headers.includes(column)) errors.push({ line: header.line, column, message: `missing column "${column}"` });
  const rows = records_.map(({ line, cells }) => {
    if (cells.length !== headers.length)
      errors.push({ line, column: "", message: `expected ${headers.length} values, found ${cells.length}` });
    return { line, cell: (column: string) => (cells[headers.indexOf(column)] ?? "").trim() };
  });
  return { rows, errors, has: (column) => headers.includes(column) };
}

const quoted = (value: string) => JSON.stringify(value);

function keyFor(row: Row, errors: CsvError[]): string {
  const key = row.cell("key") || slugify(row.cell("name"));
  if (!KEY.test(key))
    errors.push({
      line: row.line,
      column: "key",
      message: `${quoted(key)} is not a key: use letters, digits, '-', '_' or '.'`,
    });
  return key;
}

function checkDuplicates(rows: { key: string; line: number }[], errors: CsvError[]) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const first = seen.get(row.key);
    if (first !== undefined)
      errors.push({ line: row.line, column: "key", message: `duplicate key "${row.key}" (also on line ${first})` });
    else seen.set(row.key, row.line);
  }
}

const byLine = (errors: CsvError[]) => errors.sort((a, b) => a.line - b.line);

export function parseDepartmentsCsv(text: string, existingKeys: Iterable<string>): CsvResult<DepartmentRow> {
  const { rows, errors, has } = read(text, ["name"]);
  // Without names (and no keys) there is nothing to name a department by: the rows cannot be checked.
  const departments = !has("name")
    ? []
    : rows.map((row) => {
        const name = row.cell("name");
        if (!name) errors.push({ line: row.line, column: "name", message: "must not be empty" });
        const parent = row.cell("parent") || undefined;
        return { line: row.line, key: keyFor(row, errors), name, ...(parent ? { parent } : {}) };
      });
  checkDuplicates(departments, errors);
  const known = new Set([...existingKeys, ...departments.map((d) => d.key)]);
  for (const d of departments) {
    if (d.parent && !known.has(d.parent))
      errors.push({ line: d.line, column: "parent", message: `no department with key "${d.parent}"` });
    if (d.parent === d.key)
      errors.push({ line: d.line, column: "parent", message: "a department cannot be its own parent" });
  }
  return errors.length
    ? { ok: false, errors: byLine(errors) }
    : { ok: true, rows: departments.map(({ line: _line, ...department }) => department) };
}

export function parseRolesCsv(text: string, departmentKeys: Iterable<string>): CsvResult<RoleRow> {
  const { rows, errors, has } = read(text, ["name", "department", "customerFacing"]);
  const departments = new Set(departmentKeys);
  const roles = !has("name")
    ? []
    : rows.map((row) => {
        const { line } = row;
        const name = row.cell("name");
        if (!name) errors.push({ line, column: "name", message: "must not be empty" });
        const department = row.cell("department");
        if (has("department") && !departments.has(department))
          errors.push({ line, column: "department", message: `no department with key "${department}"` });
        const facingText = row.cell("customerFacing");
        const facing = facingText.toLowerCase();
        if (has("customerFacing") && !yes.has(facing) && !no.has(facing))
          errors.push({
            line,
            column: "customerFacing",
            message: `${quoted(facingText)}: write "yes" (customer-facing) or "no" (back-office)`,
          });
        const headcountText = row.cell("headcount");
        const headcount =
          headcountText === "" ? undefined : z.coerce.number().int().nonnegative().safeParse(headcountText);
        if (headcount && !headcount.success)
          errors.push({
            line,
            column: "headcount",
            message: `${quoted(headcountText)} is not a whole number of people`,
          });
        return {
          line,
          key: keyFor(row, errors),
          name,
          department,
          customerFacing: yes.has(facing),
          ...(headcount?.success ? { headcount: headcount.data } : {}),
        };
      });
  checkDuplicates(roles, errors);
  return errors.length
    ? { ok: false, errors: byLine(errors) }
    : { ok: true, rows: roles.map(({ line: _line, ...role }) => role) };
}
