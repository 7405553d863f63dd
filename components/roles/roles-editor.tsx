"use client";

import { useState } from "react";
import type { DepartmentInReach } from "@/lib/model/list-roles-in-reach";
import { RoleEditor, type Saved } from "./role-editor";

type Props = {
  org: string;
  departments: DepartmentInReach[];
};

const HEADING_LEVELS = ["h2", "h3", "h4", "h5", "h6"] as const;

/**
 * The roles in the member's reach, grouped by department (sub-departments indented under their parent), each
 * editable in place. What was saved is announced here, once for the page: a role moved to another department
 * is drawn again under it, and its own row would be gone before it could say so.
 */
export function RolesEditor({ org, departments }: Props) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const choices = departments.map((d) => ({ key: d.key, name: d.name, depth: d.depth }));
  return (
    <>
      <p className={saved ? "alert success" : "roles-saved"} role="status" data-testid="roles-saved">
        {saved?.message}
      </p>
      {departments.map((department) => {
        const Heading = HEADING_LEVELS[Math.min(department.depth, HEADING_LEVELS.length - 1)]!;
        const headingId = `department-${department.key}`;
        return (
          <section
            key={department.key}
            className="card roles-department"
            aria-labelledby={headingId}
            style={{ ["--depth" as string]: Math.min(department.depth, 4) }}
            data-testid="roles-department"
          >
            <Heading id={headingId}>{department.name}</Heading>
            {department.roles.length === 0 ? (
              <p className="muted">No roles in {department.name} yet.</p>
            ) : (
              <ul className="roles-list">
                {department.roles.map((role) => (
                  <li key={role.key}>
                    <RoleEditor
                      org={org}
                      role={role}
                      departments={choices}
                      justSaved={saved?.role === role.key ? saved : null}
                      onSaved={setSaved}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
