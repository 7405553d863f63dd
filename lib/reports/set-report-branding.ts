/** Sets how the organisation's diagnostic report is branded: accent colour, the consultant's firm, a logo. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ValidationError } from "@/lib/errors";
import { LOGO_MAX_BYTES, type ReportBrandingInput } from "./input";
import { logoType } from "./rules/logo-type";

export type BrandingSummary = {
  accent: string | null;
  preparedBy: string | null;
  logo: { type: string; bytes: number } | null;
};

const describeLogo = (logo: { type: string; bytes: number } | null) =>
  logo ? `${logo.type === "image/png" ? "PNG" : "JPEG"}, ${Math.ceil(logo.bytes / 1024)} KB` : null;

export async function setReportBranding(access: OrgAccess, input: ReportBrandingInput): Promise<BrandingSummary> {
  assertCan(access, "organisation:update");
  let logo: { bytes: Uint8Array<ArrayBuffer>; type: "image/png" | "image/jpeg" } | null | undefined = undefined;
  if (input.logo === null) logo = null;
  else if (input.logo !== undefined) {
    const bytes = new Uint8Array(Buffer.from(input.logo, "base64"));
    if (bytes.length > LOGO_MAX_BYTES) throw new ValidationError("logo", "The logo must be at most 200 KB.");
    const type = logoType(bytes);
    if (!type) throw new ValidationError("logo", "The logo must be a PNG or JPEG image.");
    logo = { bytes, type };
  }
  const { id } = access.organisation;
  return access.db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({
      where: { id },
      select: { reportAccent: true, reportPreparedBy: true, reportLogoType: true, reportLogo: true },
    });
    const beforeLogo =
      before.reportLogo && before.reportLogoType
        ? { type: before.reportLogoType, bytes: before.reportLogo.length }
        : null;
    const afterLogo = logo === undefined ? beforeLogo : logo ? { type: logo.type, bytes: logo.bytes.length } : null;
    await tx.organisation.update({
      where: { id },
      data: {
        reportAccent: input.accent,
        reportPreparedBy: input.preparedBy,
        ...(logo === undefined ? {} : { reportLogo: logo?.bytes ?? null, reportLogoType: logo?.type ?? null }),
      },
    });
    await recordAuditEvent(tx, id, access.actor, {
      action: "organisation.report_branding",
      subjectType: "organisation",
      subjectId: id,
      summary: "Changed the diagnostic report's branding",
      before: { accent: before.reportAccent, preparedBy: before.reportPreparedBy, logo: describeLogo(beforeLogo) },
      after: { accent: input.accent, preparedBy: input.preparedBy, logo: describeLogo(afterLogo) },
    });
    return { accent: input.accent, preparedBy: input.preparedBy, logo: afterLogo };
  });
}
