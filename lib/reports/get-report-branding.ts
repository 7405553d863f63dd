/** The organisation's branding of its diagnostic report (set in Settings). */
import type { OrgAccess } from "@/lib/access/org-access";

export type ReportBranding = {
  /** #rrggbb, or null for the report's own colour. */
  accent: string | null;
  /** The consultant's firm, printed on the cover. */
  preparedBy: string | null;
  logo: { bytes: Uint8Array; type: "image/png" | "image/jpeg" } | null;
};

export async function getReportBranding(access: OrgAccess): Promise<ReportBranding> {
  const row = await access.db.organisation.findUniqueOrThrow({
    where: { id: access.organisation.id },
    select: { reportAccent: true, reportPreparedBy: true, reportLogo: true, reportLogoType: true },
  });
  const type = row.reportLogoType === "image/png" || row.reportLogoType === "image/jpeg" ? row.reportLogoType : null;
  return {
    accent: row.reportAccent,
    preparedBy: row.reportPreparedBy,
    logo: row.reportLogo && type ? { bytes: new Uint8Array(row.reportLogo), type } : null,
  };
}
