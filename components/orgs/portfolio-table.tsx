"use client";

import { count } from "@/lib/text/plural";
import Link from "next/link";
import { useState } from "react";
import type { PortfolioEntry } from "@/lib/dashboard/get-portfolio";
import { PARTICIPATION_FLAG } from "@/lib/diagnostic/rules/scoring";
import { TableScroll } from "@/components/ui/table-scroll";

type Column = { key: string; label: string; value: (e: PortfolioEntry) => string | number | null };

const COLUMNS: Column[] = [
  { key: "name", label: "Organisation", value: (e) => e.name },
  { key: "index3P", label: "3P index", value: (e) => e.index3P },
  { key: "alignment", label: "Alignment", value: (e) => e.alignment },
  { key: "critical", label: "Critical findings", value: (e) => e.criticalFindings },
  { key: "wave", label: "Last wave", value: (e) => e.lastWave?.date ?? null },
  { key: "participation", label: "Participation", value: (e) => e.participation },
];

/** Every organisation side by side; each column sorts (empty figures last, whichever the direction). */
export function PortfolioTable({
  entries,
  roleLabels,
}: {
  entries: PortfolioEntry[];
  roleLabels: Record<string, string>;
}) {
  const [sort, setSort] = useState<{ key: string; ascending: boolean }>({ key: "name", ascending: true });
  const column = COLUMNS.find((c) => c.key === sort.key)!;
  const sorted = [...entries].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sort.ascending ? order : -order;
  });
  return (
    <TableScroll className="card" label="Your organisations side by side">
      <table className="portfolio" data-testid="portfolio">
        <caption className="sr-only">Your organisations side by side; choose a column heading to sort</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.ascending ? "ascending" : "descending") : "none"}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSort({ key: c.key, ascending: sort.key === c.key ? !sort.ascending : c.key === "name" })
                  }
                >
                  {c.label}
                  {sort.key === c.key ? (sort.ascending ? " ▲" : " ▼") : ""}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((e) => (
            <tr key={e.slug} data-testid="portfolio-row">
              <th scope="row">
                <Link href={`/orgs/${e.slug}`}>{e.name}</Link>
                <div className="muted" style={{ fontWeight: 400, fontSize: "0.8rem" }}>
                  {roleLabels[e.role]} · {count(e.memberCount, "member")}
                </div>
              </th>
              <td>
                {e.index3P === null ? (
                  <span className="muted">—</span>
                ) : (
                  <>
                    {e.index3P}
                    <div className="muted" style={{ fontSize: "0.8rem" }}>
                      {e.index3PWave}
                    </div>
                  </>
                )}
              </td>
              <td>{e.alignment ?? <span className="muted">—</span>}</td>
              <td>{e.criticalFindings > 0 ? <strong className="effect-obstructs">{e.criticalFindings}</strong> : 0}</td>
              <td>
                {e.lastWave ? (
                  <>
                    {e.lastWave.name} <span className="muted">({e.lastWave.status})</span>
                  </>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
              <td>
                {e.participation === null ? (
                  <span className="muted">—</span>
                ) : (
                  <span className={e.participation < 100 * PARTICIPATION_FLAG ? "effect-obstructs" : ""}>
                    {e.participation} %
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
