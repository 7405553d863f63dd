"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { TableScroll } from "@/components/ui/table-scroll";

type Effect = "supports" | "obstructs" | "none";
const NEXT: Record<Effect, Effect> = { none: "supports", supports: "obstructs", obstructs: "none" };
const LABEL: Record<Effect, string> = { none: "—", supports: "Supports", obstructs: "Obstructs" };

type Props = {
  org: string;
  behaviours: { key: string; label: string; editable: boolean }[];
  kpis: { key: string; name: string }[];
  influences: Record<string, Effect>;
};

/** Behaviours × KPIs: each cell cycles — nothing, supports, obstructs — with a click, Enter or Space. */
export function InfluenceMatrix({ org, behaviours, kpis, influences }: Props) {
  const [cells, setCells] = useState(influences);
  const save = useApiAction({
    send: (change: { kpi: string; behaviour: string; effect: Effect }) =>
      api.post(`/api/orgs/${org}/influences`, {
        source: `kpi:${change.kpi}`,
        behaviour: change.behaviour,
        effect: change.effect,
        strength: 2,
      }),
    refresh: true,
  });
  return (
    <>
      <FormError message={save.error?.message} />
      <TableScroll label="Behaviours by KPI">
        <table className="matrix">
          <caption className="sr-only">
            Behaviours by KPI: press a cell to cycle between no influence, supports and obstructs
          </caption>
          <thead>
            <tr>
              <th scope="col">Behaviour</th>
              {kpis.map((k) => (
                <th key={k.key} scope="col">
                  {k.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {behaviours.map((b) => (
              <tr key={b.key}>
                <th scope="row" style={{ maxWidth: "22rem" }}>
                  {b.label}
                </th>
                {kpis.map((k) => {
                  const id = `${k.key}>${b.key}`;
                  const effect = cells[id] ?? "none";
                  return (
                    <td key={k.key}>
                      <button
                        type="button"
                        className={`cell-link effect-cell ${effect}`}
                        disabled={!b.editable || save.pending}
                        aria-label={`${k.name} on “${b.label}”: ${effect === "none" ? "no influence" : effect}. Press to change.`}
                        data-testid={`influence-${k.key}-${b.key}`}
                        onClick={() => {
                          const next = NEXT[effect];
                          setCells({ ...cells, [id]: next });
                          save.run(
                            { kpi: k.key, behaviour: b.key, effect: next },
                            { onError: () => setCells((current) => ({ ...current, [id]: effect })) },
                          );
                        }}
                      >
                        {LABEL[effect]}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
