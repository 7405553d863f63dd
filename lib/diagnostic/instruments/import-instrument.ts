/** Imports a `throughline.instrument/1` file. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { validateInstrumentText } from "@/lib/diagnostic/rules/validate-instrument";
import { InstrumentFileError } from "./instrument-file-error";
import { addInstrument } from "./add-instrument";

/** Imports a `throughline.instrument/1` file; errors name the path, nothing is saved on any error. */
export async function importInstrumentText(access: OrgAccess, text: string): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  const validation = validateInstrumentText(text);
  if (!validation.ok) throw new InstrumentFileError(validation.errors);
  return addInstrument(access, validation.instrument);
}
