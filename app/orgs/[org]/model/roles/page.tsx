import type { Metadata } from "next";
import Link from "next/link";
import { RolesEditor } from "@/components/roles/roles-editor";
import { orgPage } from "@/lib/access/page-gates";
import { listRolesInReach } from "@/lib/model/list-roles-in-reach";
import "@/components/roles/roles.css";

export const metadata: Metadata = { title: "Roles" };

/**
 * The roles a member may edit, in place: a department head's own departments (and those below them), every
 * department for an owner. Viewers and executives read roles on the model page; this page is for changing them.
 */
export default orgPage("model:edit-department", async (access, { org }) => {
  const { everywhere, departments } = await listRolesInReach(access);
  const roles = departments.reduce((n, d) => n + d.roles.length, 0);
  return (
    <>
      <p>
        <Link href={`/orgs/${org}/model`}>← Model</Link>
      </p>
      <div className="page-header">
        <div>
          <h1>{everywhere ? "Roles" : "Roles in your departments"}</h1>
          <p>
            Rename a role, move it to another department, or change its headcount and whether it faces customers. Its
            behaviours, touchpoints and influences move with it. Every change is kept in the audit log.
          </p>
        </div>
      </div>
      {departments.length === 0 ? (
        <p className="card">
          {everywhere ? (
            <>
              No departments yet. <Link href={`/orgs/${org}/model/setup`}>Set up the model</Link> to add them.
            </>
          ) : (
            "You lead no department yet. An owner of this organisation can add you to yours."
          )}
        </p>
      ) : (
        <>
          {roles === 0 && <p className="card">No roles yet in {everywhere ? "any department" : "your departments"}.</p>}
          <RolesEditor org={org} departments={departments} />
        </>
      )}
    </>
  );
});
