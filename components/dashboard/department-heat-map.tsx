import { count } from "@/lib/text/plural";
import Link from "next/link";
import { alignmentBand } from "@/lib/alignment/rules/alignment-band";
import type { DepartmentHeatMap } from "@/lib/dashboard/rules/model-dashboard";
import { TableScroll } from "@/components/ui/table-scroll";

function tone(alignment: number | null): string {
  const band = alignmentBand(alignment);
  return band ? `align-${band}` : "none";
}

/** Top-level departments × stages for a large organisation; each department opens its own roles × stages. */
export function DepartmentHeatMapTable({ org, heatMap }: { org: string; heatMap: DepartmentHeatMap }) {
  return (
    <TableScroll label="Departments by lifecycle stage">
      <table className="matrix">
        <caption className="sr-only">
          Departments by lifecycle stage: share of approved behaviours that are aligned, and blind spots
        </caption>
        <thead>
          <tr>
            <th scope="col">Department</th>
            {heatMap.stages.map((s) => (
              <th key={s.key} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatMap.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <Link href={`/orgs/${org}/departments/${row.key}`}>{row.name}</Link>
                <div className="muted" style={{ fontWeight: 400, fontSize: "0.8rem" }}>
                  {count(row.roles, "role")}
                </div>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.stage}>
                  <span className={`cell-link ${tone(cell.alignment)}`}>
                    {cell.alignment === null ? "—" : `${cell.alignment} % aligned`}
                    {cell.blindSpots > 0 && <> · {count(cell.blindSpots, "blind spot")}</>}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
