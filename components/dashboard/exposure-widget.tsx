import Link from "next/link";
import { count } from "@/lib/text/plural";
import type { ExposureSummary } from "@/lib/dashboard/rules/model-dashboard";

/** Back-office roles that met customers in the last 12 months (target: all of them). */
export function ExposureWidget({
  org,
  exposure,
  limit = 8,
}: {
  org: string;
  exposure: ExposureSummary;
  limit?: number;
}) {
  if (exposure.rolesInScope === 0)
    return (
      <p className="empty-chart" data-testid="exposure-empty">
        No roles here yet, so there is nobody to send to meet customers.{" "}
        <Link href={`/orgs/${org}/model/setup`}>Add roles</Link>.
      </p>
    );
  if (exposure.roles === 0)
    return (
      <p className="muted" data-testid="exposure-empty">
        No back-office roles here:{" "}
        {exposure.rolesInScope === 1
          ? "the one role already faces customers."
          : `all ${count(exposure.rolesInScope, "role")} already face customers.`}
      </p>
    );
  return (
    <div>
      <div className="headline">
        <div>
          <div className="stat" data-testid="exposure-share">
            {exposure.share} %
          </div>
          <div className="stat-label">
            of back-office roles ({exposure.withExposure} of {exposure.roles}) met customers in the last 12 months ·
            target 100 %
          </div>
        </div>
      </div>
      {exposure.without.length > 0 && (
        <>
          <h3>Not yet this year</h3>
          <ul className="plain-list">
            {exposure.without.slice(0, limit).map((role) => (
              <li key={role.key}>
                {role.name}{" "}
                <span className="muted">{role.lastExposure ? `· last ${role.lastExposure}` : "· never recorded"}</span>
              </li>
            ))}
          </ul>
          {exposure.without.length > limit && <p className="muted">and {exposure.without.length - limit} more.</p>}
        </>
      )}
      <Link href={`/orgs/${org}/exposure`}>Record customer exposure →</Link>
    </div>
  );
}
