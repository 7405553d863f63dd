import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { renderDiagnosticReport } from "./diagnostic-report";
import { getReportBranding } from "./get-report-branding";
import { reportBrandingInput } from "./input";
import { gatherReport } from "./report-data";
import { setReportBranding } from "./set-report-branding";
import { readPdf } from "./testing/pdf-pages";

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const input = (fields: Record<string, unknown>) =>
  parseInput(reportBrandingInput, { accent: "", preparedBy: "", ...fields });

describeOnEachDatabase("the report's branding", (use) => {
  let owner: OrgAccess;

  beforeEach(async () => {
    owner = await makeOwnedOrganisation(use().db, "Brand Co");
  });

  it("stores the accent, the firm and a PNG logo, puts them in the report, and audits the change without the bytes", async () => {
    const saved = await setReportBranding(
      owner,
      input({ accent: "#7A1F5C", preparedBy: " Okafor & Partners ", logo: PNG.toString("base64") }),
    );
    expect(saved).toEqual({
      accent: "#7a1f5c",
      preparedBy: "Okafor & Partners",
      logo: { type: "image/png", bytes: PNG.length },
    });
    const branding = await getReportBranding(owner);
    expect(Buffer.from(branding.logo!.bytes).equals(PNG)).toBe(true);

    const pdf = readPdf(await renderDiagnosticReport(await gatherReport(owner)));
    try {
      expect(pdf.pages[0]!.text).toContain("Prepared by Okafor & Partners");
      // The logo is the cover's image (a PNG with transparency is listed with its mask).
      expect(pdf.images(1)).toBeGreaterThanOrEqual(1);
    } finally {
      pdf.close();
    }

    const event = await use().db.auditEvent.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, action: "organisation.report_branding" },
    });
    expect(event.after).toEqual({ accent: "#7a1f5c", preparedBy: "Okafor & Partners", logo: "PNG, 1 KB" });

    // Leaving the logo out keeps it; null removes it.
    await setReportBranding(owner, input({ accent: "#0a5454" }));
    expect((await getReportBranding(owner)).logo?.type).toBe("image/png");
    await setReportBranding(owner, input({ logo: null }));
    expect(await getReportBranding(owner)).toEqual({ accent: null, preparedBy: null, logo: null });
  });

  it("refuses a colour that is not #rrggbb, a file that is not PNG or JPEG whatever its name, and a logo over 200 KB", async () => {
    for (const accent of ["red", "#abc", "#12345g", "url(x)"]) expect(() => input({ accent })).toThrow(ValidationError);
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00", "latin1").toString("base64");
    const svg = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>").toString(
      "base64",
    );
    for (const logo of [gif, svg]) {
      const error = await refusal(setReportBranding(owner, input({ logo })));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe("logo");
    }
    const big = Buffer.concat([PNG, Buffer.alloc(200 * 1024)]).toString("base64");
    expect(() => input({ logo: big })).toThrow(ValidationError);
    const justOver = Buffer.concat([PNG, Buffer.alloc(200 * 1024 - PNG.length + 1)]).toString("base64");
    const error = await refusal(setReportBranding(owner, { accent: null, preparedBy: null, logo: justOver }));
    expect(error.field).toBe("logo");
    expect((await getReportBranding(owner)).logo).toBeNull();
  });

  it("lets only owners (consultants) change it", async () => {
    const department = await use().db.department.create({
      data: { organisationId: owner.organisation.id, key: "sales", name: "Sales" },
    });
    for (const role of ["executive", "department_head", "viewer"] as const) {
      const user = await makeUser(use().db, role);
      await joinOrganisation(owner, user, role, role === "department_head" ? [department.id] : []);
      const access = await resolveOrgAccess(use().db, user, owner.organisation.slug, "organisation:read");
      expect(await refusal(setReportBranding(access, input({ preparedBy: "Someone else" })))).toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect((await getReportBranding(owner)).preparedBy).toBeNull();
  });
});
