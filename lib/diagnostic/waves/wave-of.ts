/** The organisation's wave by id, or 404 (the lookup every wave operation starts with). */
import { NotFoundError } from "@/lib/errors";
import { type OrgAccess } from "@/lib/access/org-access";

export async function waveOf(access: OrgAccess, waveId: string) {
  const wave = await access.db.wave.findFirst({ where: { id: waveId, organisationId: access.organisation.id } });
  if (!wave) throw new NotFoundError("Wave");
  return wave;
}
