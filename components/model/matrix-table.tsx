import Link from "next/link";
import { alignmentBand } from "@/lib/alignment/rules/alignment-band";
import type { Matrix, MatrixCell } from "@/lib/alignment/rules/build-matrix";
import { TableScroll } from "@/components/ui/table-scroll";

export type MatrixLayer = "coverage" | "alignment";

function coverageText(cell: MatrixCell): string {
  const { approved, proposed, draft } = cell.byStatus;
  const parts = [
    approved && `${approved} approved`,
    proposed && `${proposed} proposed`,
    draft && `${draft} draft`,
  ].filter(Boolean);
  if (cell.blindSpot) return parts.length ? `Blind spot · ${parts.join(" · ")}` : "Blind spot";
  return parts.join(" · ") || (cell.touches ? "Touches" : "—");
}

function alignmentClass(cell: MatrixCell): string {
  if (cell.blindSpot) return "blind";
  if (cell.alignment === null) return cell.touches ? "touch" : "none";
  return `align-${alignmentBand(cell.alignment)}`;
}

/** Roles (grouped by department) × lifecycle stages; every cell opens that cell's behaviours. */
export function MatrixTable({ org, matrix, layer }: { org: string; matrix: Matrix; layer: MatrixLayer }) {
  const groups = new Map<string, Matrix["rows"]>();
  for (const row of matrix.rows) groups.set(row.departmentName, [...(groups.get(row.departmentName) ?? []), row]);
  return (
    <TableScroll label="Roles by lifecycle stage">
      <table className="matrix">
        <caption className="sr-only">
          Roles by lifecycle stage:{" "}
          {layer === "coverage"
            ? "behaviours by status; blind spots marked"
            : "share of approved behaviours that are aligned"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            {matrix.stages.map((stage) => (
              <th key={stage.key} scope="col">
                {stage.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...groups].map(([department, rows]) => [
            <tr key={`dept-${department}`} className="dept-row">
              <th scope="colgroup" colSpan={matrix.stages.length + 1}>
                {department}
              </th>
            </tr>,
            ...rows.map((row) => (
              <tr key={row.role}>
                <th scope="row">
                  {row.name}
                  <div className="muted" style={{ fontWeight: 400, fontSize: "0.8rem" }}>
                    {row.customerFacing ? "Customer-facing" : "Back-office"}
                  </div>
                </th>
                {row.cells.map((cell, i) => {
                  const stageName = matrix.stages[i]!.name;
                  const text =
                    layer === "coverage"
                      ? coverageText(cell)
                      : cell.alignment === null
                        ? cell.blindSpot
                          ? "Blind spot"
                          : "—"
                        : `${cell.alignment} % aligned`;
                  const className =
                    layer === "coverage"
                      ? cell.blindSpot
                        ? "blind"
                        : cell.touches || cell.byStatus.approved + cell.byStatus.proposed + cell.byStatus.draft
                          ? "touch"
                          : "none"
                      : alignmentClass(cell);
                  return (
                    <td key={cell.stage} data-testid={`cell-${row.role}-${cell.stage}`}>
                      <Link
                        className={`cell-link ${className}`}
                        href={`/orgs/${org}/model/${row.role}/${cell.stage}`}
                        aria-label={`${row.name} at ${stageName}: ${text}`}
                      >
                        {text}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            )),
          ])}
        </tbody>
      </table>
    </TableScroll>
  );
}
