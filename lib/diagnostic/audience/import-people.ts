/**
 * A people list into a wave (DESIGN §4.4): checked whole, then written in one transaction in batches.
 * Before any invitation is mailed, an upload replaces the list (so a corrected file is simply uploaded
 * again). Once mailing has started, an upload adds the people not yet on the list and leaves everyone
 * else as they are, so nobody is mailed twice and the latest HR export can be uploaded as it is.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { count } from "@/lib/text/plural";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";
import { insertPeople } from "./insert-people";
import { PeopleFileError } from "./people-file-error";
import { parsePeopleCsv, type Person } from "./rules/parse-people-csv";

export type PeopleImport = { mode: "replaced" | "added"; added: number; alreadyListed: number; total: number };

export async function importPeople(access: OrgAccess, waveId: string, text: string): Promise<PeopleImport> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed: nobody can be invited to it any more.");
  const [departments, roles] = await Promise.all([
    access.db.department.findMany({
      where: { organisationId: access.organisation.id },
      select: { key: true, name: true },
    }),
    access.db.role.findMany({
      where: { organisationId: access.organisation.id },
      select: { key: true, name: true, department: { select: { key: true } } },
    }),
  ]);
  const parsed = parsePeopleCsv(text, {
    departments,
    roles: roles.map((r) => ({ key: r.key, name: r.name, department: r.department.key })),
    audience: { departments: wave.audienceDepartments, roles: wave.audienceRoles },
  });
  if (!parsed.ok) throw new PeopleFileError(parsed.problems, parsed.total);

  return access.db.$transaction(
    async (tx) => {
      // One upload at a time per wave: a second one waits here and then sees the first one's list.
      await tx.$queryRaw`SELECT id FROM "Wave" WHERE id = ${wave.id} FOR UPDATE`;
      const mailed = await tx.waveRecipient.count({ where: { waveId: wave.id, sendState: { not: "listed" } } });
      let people: Person[] = parsed.people;
      let alreadyListed = 0;
      if (mailed === 0) {
        await tx.waveRecipient.deleteMany({ where: { waveId: wave.id } });
      } else {
        const listed = new Set(
          (await tx.waveRecipient.findMany({ where: { waveId: wave.id }, select: { email: true } })).map(
            (r) => r.email,
          ),
        );
        people = parsed.people.filter((p) => !listed.has(p.email));
        alreadyListed = parsed.people.length - people.length;
      }
      await insertPeople(tx, wave.id, people);
      const mode = mailed === 0 ? "replaced" : "added";
      await recordAuditEvent(tx, access.organisation.id, access.actor, {
        action: "wave.people_listed",
        subjectType: "wave",
        subjectId: wave.id,
        summary:
          mode === "replaced"
            ? `Uploaded a people list of ${count(people.length, "person", "people")} for “${wave.name}”`
            : `Added ${count(people.length, "person", "people")} to the people list of “${wave.name}”`,
        after: { mode, added: people.length, alreadyListed },
      });
      const total = await tx.waveRecipient.count({ where: { waveId: wave.id } });
      return { mode, added: people.length, alreadyListed, total };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
