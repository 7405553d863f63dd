"use client";

import { useState } from "react";
import { TableScroll } from "@/components/ui/table-scroll";
import { useModelEdit } from "../use-model-edit";
import type { SetupRole, SetupStage, SetupTouchpoint } from "./setup-types";

/** Which roles take part in which stages, as a grid of checkboxes. */
export function TouchpointsSection({
  org,
  stages,
  roles,
  touchpoints,
}: {
  org: string;
  stages: SetupStage[];
  roles: SetupRole[];
  touchpoints: SetupTouchpoint[];
}) {
  const touches = new Set(touchpoints.map((t) => `${t.role}:${t.stage}`));
  return (
    <section className="card" aria-labelledby="touchpoints-heading">
      <h2 id="touchpoints-heading">Touchpoints</h2>
      <p className="muted">Which roles take part in which stages — back-office roles too (invoicing touches “Pay”).</p>
      <TableScroll label="Touchpoints: roles by stage">
        <table>
          <thead>
            <tr>
              <th scope="col">Role</th>
              {stages.map((s) => (
                <th key={s.key} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                {stages.map((s) => (
                  <td key={s.key}>
                    <TouchpointBox org={org} role={r} stage={s} initiallyOn={touches.has(`${r.key}:${s.key}`)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** A touchpoint checkbox that shows its new state at once and reverts if the server refuses. */
function TouchpointBox({
  org,
  role,
  stage,
  initiallyOn,
}: {
  org: string;
  role: SetupRole;
  stage: SetupStage;
  initiallyOn: boolean;
}) {
  const edit = useModelEdit(org);
  const [on, setOn] = useState(initiallyOn);
  return (
    <input
      type="checkbox"
      aria-label={`${role.name} takes part in ${stage.name}`}
      checked={on}
      onChange={(e) => {
        const next = e.target.checked;
        setOn(next);
        edit.run({ op: "setTouchpoint", role: role.key, stage: stage.key, on: next }, { onError: () => setOn(!next) });
      }}
    />
  );
}
