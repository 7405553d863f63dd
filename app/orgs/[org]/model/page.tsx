import type { Metadata } from "next";
import Link from "next/link";
import { MatrixTable, type MatrixLayer } from "@/components/model/matrix-table";
import { ModelFilePanel } from "@/components/model/model-file-panel";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { can } from "@/lib/access/permissions";
import { orgPage } from "@/lib/access/page-gates";
import { ALIGNMENT_HIGH, ALIGNMENT_MID } from "@/lib/alignment/rules/alignment-band";
import { buildMatrix } from "@/lib/alignment/rules/build-matrix";
import { NameOptions } from "@/components/ui/name-options";

export const metadata: Metadata = { title: "Model" };

export default orgPage("organisation:read", async (access, { org }, query) => {
  const { model, analysis } = await getOrganisationAnalysis(access);
  const layer: MatrixLayer = query.layer === "alignment" ? "alignment" : "coverage";
  const department = model.departments.find((d) => d.key === query.department)?.key;
  const matrix = buildMatrix(model, { department });
  const blindSpots = matrix.rows.reduce((n, row) => n + row.cells.filter((c) => c.blindSpot).length, 0);
  const href = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(
      Object.entries({ layer, department, ...changes }).filter(([, v]) => v) as [string, string][],
    );
    return `/orgs/${org}/model?${next}`;
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>What great looks like</h1>
          <p>Behaviours for every role at every stage of the customer lifecycle. Open a cell to read its behaviours.</p>
        </div>
        <div className="row-actions" style={{ alignItems: "center" }}>
          {can(access.membership.role, "model:edit") && (
            <Link className="button secondary" href={`/orgs/${org}/model/setup`}>
              Set up the model
            </Link>
          )}
          {can(access.membership.role, "model:edit-department") && (
            <Link className="button secondary" href={`/orgs/${org}/model/roles`}>
              {can(access.membership.role, "model:edit") ? "Edit roles" : "Edit the roles in your departments"}
            </Link>
          )}
          <nav className="segmented" aria-label="Matrix layer">
            <Link href={href({ layer: "coverage" })} aria-current={layer === "coverage"}>
              Coverage
            </Link>
            <Link href={href({ layer: "alignment" })} aria-current={layer === "alignment"}>
              Alignment
            </Link>
          </nav>
        </div>
      </div>
      <section className="grid" aria-label="Model summary">
        <div className="card">
          <div className="stat">{model.roles.length}</div>
          <div className="stat-label">Roles</div>
        </div>
        <div className="card">
          <div className="stat">{model.behaviours.filter((b) => b.status === "approved").length}</div>
          <div className="stat-label">Approved behaviours</div>
        </div>
        <div className="card">
          <div className="stat" data-testid="blind-spots">
            {blindSpots}
          </div>
          <div className="stat-label">Blind spots</div>
        </div>
        <div className="card">
          <div className="stat">{analysis.alignment.organisation ?? "—"}</div>
          <div className="stat-label">Alignment index</div>
        </div>
      </section>
      <section className="card">
        <form className="filters" method="get" style={{ marginBottom: "1rem" }}>
          <input type="hidden" name="layer" value={layer} />
          <div className="field">
            <label htmlFor="department">Department</label>
            <select id="department" name="department" defaultValue={department ?? ""}>
              <option value="">All departments</option>
              <NameOptions items={model.departments} />
            </select>
          </div>
          <button className="button secondary" type="submit">
            Show
          </button>
        </form>
        {matrix.rows.length === 0 ? (
          <p className="muted">
            No roles yet{department ? " in this department" : ""}. Import a model file or add roles to start.
          </p>
        ) : (
          <MatrixTable org={org} matrix={matrix} layer={layer} />
        )}
        <div className="legend" aria-hidden="true">
          {layer === "coverage" ? (
            <>
              <span style={{ ["--swatch" as string]: "#f4f7fb" }}>Role takes part, or has behaviours</span>
              <span style={{ ["--swatch" as string]: "#fdecea" }}>Blind spot: takes part, no approved behaviour</span>
            </>
          ) : (
            <>
              <span style={{ ["--swatch" as string]: "#dff3e6" }}>{`${ALIGNMENT_HIGH} % or more aligned`}</span>
              <span style={{ ["--swatch" as string]: "#fff1c2" }}>{`${ALIGNMENT_MID}–${ALIGNMENT_HIGH - 1} %`}</span>
              <span style={{ ["--swatch" as string]: "#fde6d8" }}>{`under ${ALIGNMENT_MID} %`}</span>
            </>
          )}
        </div>
      </section>
      <section className="card">
        <ModelFilePanel org={org} canImport={can(access.membership.role, "model:edit")} />
      </section>
    </>
  );
});
