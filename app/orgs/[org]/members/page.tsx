import type { Metadata } from "next";
import { AddMemberForm } from "@/components/members/add-member-form";
import { MemberActions } from "@/components/members/member-actions";
import { can } from "@/lib/access/permissions";
import { ROLE_LABELS } from "@/lib/access/roles";
import { orgPage } from "@/lib/access/page-gates";
import { listDepartmentsForAssignment } from "@/lib/members/list-assignable-departments";
import { listMembers } from "@/lib/members/list-members";
import { TableScroll } from "@/components/ui/table-scroll";

export const metadata: Metadata = { title: "Members" };

export default orgPage("members:read", async (access, { org }) => {
  const [{ members, invitations }, departments] = await Promise.all([
    listMembers(access),
    listDepartmentsForAssignment(access),
  ]);
  const manage = can(access.membership.role, "members:manage");
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Members</h1>
          <p>
            {members.length} people in {access.organisation.name}.
          </p>
        </div>
      </div>
      <section className="card">
        <TableScroll label="Members">
          <table className="stack-on-phone">
            <caption className="sr-only">Members of {access.organisation.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Departments</th>
                {manage && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id} data-testid="member-row">
                  <td>
                    <strong>{member.name}</strong>
                    <div className="muted break-anywhere">{member.email}</div>
                  </td>
                  <td>
                    <span className="badge">{ROLE_LABELS[member.role]}</span>
                  </td>
                  <td data-label="Departments">
                    {member.departments.map((d) => d.name).join(", ") || <span className="muted">none</span>}
                  </td>
                  {manage && (
                    <td>
                      <MemberActions
                        org={org}
                        member={{
                          id: member.id,
                          name: member.name,
                          role: member.role,
                          departmentIds: member.departments.map((d) => d.id),
                        }}
                        departments={departments}
                        isSelf={member.userId === access.actor.id}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {manage && invitations.length > 0 && (
        <section className="card" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">Pending invitations</h2>
          <ul>
            {invitations.map((invitation) => (
              <li key={invitation.id} className="break-anywhere">
                {invitation.email} — {ROLE_LABELS[invitation.role]}{" "}
                <span className="muted">(expires {new Date(invitation.expiresAt).toLocaleDateString("en-GB")})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {manage && (
        <section className="card">
          <AddMemberForm org={org} departments={departments} />
        </section>
      )}
    </>
  );
});
