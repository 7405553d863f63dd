/**
 * Every CSV the app writes goes through here: a cell that starts with =, +, -, @, a tab or a carriage
 * return would run as a formula in a spreadsheet (`=HYPERLINK(...)`), so papaparse's escapeFormulae
 * prefixes it with an apostrophe and quotes it. Numbers stay numbers.
 */
import Papa from "papaparse";

/** Papaparse's own pattern is anchored at both ends without the s flag, so it misses a cell with a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** The CSV text of a header row and data rows, formula-like cells neutralised, ending with a newline. */
export function formulaSafeCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return (
    Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { escapeFormulae: FORMULA_START }) + "\n"
  );
}
