/**
 * Departments and roles from a client's spreadsheet, as CSV (DESIGN §3: "bring a client's spreadsheets
 * in"). Headers: `key,name,parent` for departments; `key,name,department,customerFacing,headcount` for
 * roles (a missing key is made from the name). Every problem is reported with its line; pure.
 */
import Papa from "papaparse";
import { z } from "zod";
import { slugify } from "@/lib/organisations/rules/slug";

export type CsvError = { line: number; column: string; message: string };
export type DepartmentRow = { key: string; name: string; parent?: string };
export type RoleRow = { key: string; name: string; department: string; customerFacing: boolean; headcount?: number };
export type CsvResult<T> = { ok: true; rows: T[] } | { ok: false; errors: CsvError[] };

const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const yes = new Set(["yes", "y", "true", "1", "customer-facing", "customer facing", "front", "front-office"]);
const no = new Set(["no", "n", "false", "0", "back-office", "back office", "back"]);

function read(text: string, required: string[]): { rows: Record<string, string>[]; errors: CsvError[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const errors: CsvError[] = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 2, column: "", message: e.message }));
  const headers = parsed.meta.fields ?? [];
  for (const column of required)
    if (!headers.includes(column)) errors.push({ line: 1, column, message: `missing column "${column}"` });
  return { rows: parsed.data, errors };
}

function keyFor(row: Record<string, string>, line: number, errors: CsvError[]): string {
  const key = (row.key ?? "").trim() || slugify(row.name ?? "");
  if (!KEY.test(key)) errors.push({ line, column: "key", message: "keys are letters, digits, '-', '_' or '.'" });
  return key;
}

function checkDuplicates(rows: { key: string }[], errors: CsvError[]) {
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (seen.has(row.key))
      errors.push({
        line: i + 2,
        column: "key",
        message: `duplicate key "${row.key}" (also on line ${seen.get(row.key)})`,
      });
    else seen.set(row.key, i + 2);
  });
}

export function parseDepartmentsCsv(text: string, existingKeys: Iterable<string>): CsvResult<DepartmentRow> {
  const { rows, errors } = read(text, ["name"]);
  if (errors.some((e) => e.line === 1)) return { ok: false, errors };
  const departments = rows.map((row, i) => {
    const line = i + 2;
    const name = (row.name ?? "").trim();
    if (!name) errors.push({ line, column: "name", message: "must not be empty" });
    const parent = (row.parent ?? "").trim() || undefined;
    return { key: keyFor(row, line, errors), name, ...(parent ? { parent } : {}) };
  });
  checkDuplicates(departments, errors);
  const known = new Set([...existingKeys, ...departments.map((d) => d.key)]);
  departments.forEach((d, i) => {
    if (d.parent && !known.has(d.parent))
      errors.push({ line: i + 2, column: "parent", message: `no department with key "${d.parent}"` });
    if (d.parent === d.key)
      errors.push({ line: i + 2, column: "parent", message: "a department cannot be its own parent" });
  });
  return errors.length
    ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) }
    : { ok: true, rows: departments };
}

export function parseRolesCsv(text: string, departmentKeys: Iterable<string>): CsvResult<RoleRow> {
  const { rows, errors } = read(text, ["name", "department", "customerFacing"]);
  if (errors.some((e) => e.line === 1)) return { ok: false, errors };
  const departments = new Set(departmentKeys);
  const roles = rows.map((row, i) => {
    const line = i + 2;
    const name = (row.name ?? "").trim();
    if (!name) errors.push({ line, column: "name", message: "must not be empty" });
    const department = (row.department ?? "").trim();
    if (!departments.has(department))
      errors.push({ line, column: "department", message: `no department with key "${department}"` });
    const facing = (row.customerFacing ?? "").trim().toLowerCase();
    if (!yes.has(facing) && !no.has(facing))
      errors.push({ line, column: "customerFacing", message: 'write "yes" (customer-facing) or "no" (back-office)' });
    const headcountText = (row.headcount ?? "").trim();
    const headcount = headcountText === "" ? undefined : z.coerce.number().int().nonnegative().safeParse(headcountText);
    if (headcount && !headcount.success)
      errors.push({ line, column: "headcount", message: "a whole number of people" });
    return {
      key: keyFor(row, line, errors),
      name,
      department,
      customerFacing: yes.has(facing),
      ...(headcount?.success ? { headcount: headcount.data } : {}),
    };
  });
  checkDuplicates(roles, errors);
  return errors.length ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, rows: roles };
}
