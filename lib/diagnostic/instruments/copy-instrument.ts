/** Copies an instrument into a new lineage. */
import { ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { addInstrument } from "./add-instrument";
import { getInstrument } from "./get-instrument";

/** Copies an instrument into a new lineage under a new name (a starting point for a client's own). */
export async function copyInstrument(access: OrgAccess, instrumentId: string, name: string): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 200)
    throw new ValidationError("name", "Give the copy a name (up to 200 characters).");
  const { document } = await getInstrument(access, instrumentId);
  return addInstrument(access, { ...document, name: trimmed });
}
