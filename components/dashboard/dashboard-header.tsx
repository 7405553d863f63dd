import Link from "next/link";
import type { ScopeHeading } from "@/lib/dashboard/describe-scope";

const KIND = { organisation: "Organisation", department: "Department", role: "Role" } as const;

export function DashboardHeader({
  org,
  heading,
  children,
}: {
  org: string;
  heading: ScopeHeading;
  children?: React.ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        {heading.trail.length > 0 && (
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              {heading.trail.map((step) => (
                <li key={step.path}>
                  <Link href={`/orgs/${org}${step.path}`}>{step.label}</Link>
                </li>
              ))}
              <li aria-current="page">{heading.name}</li>
            </ol>
          </nav>
        )}
        <h1>{heading.name}</h1>
        <p className="muted">
          {KIND[heading.kind]} dashboard
          {heading.customerFacing === undefined
            ? ""
            : heading.customerFacing
              ? " · customer-facing role"
              : " · back-office role"}
        </p>
      </div>
      {children}
    </div>
  );
}
