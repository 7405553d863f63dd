import type { Metadata } from "next";
import { IndustryForm } from "@/components/orgs/industry-form";
import { RenameOrganisationForm } from "@/components/orgs/rename-organisation-form";
import { ReportBrandingForm } from "@/components/orgs/report-branding-form";
import { WorkEmailDomainsForm } from "@/components/orgs/work-email-domains-form";
import { orgPage } from "@/lib/access/page-gates";
import { getIndustry } from "@/lib/organisations/get-industry";
import { getWorkEmailDomains } from "@/lib/organisations/get-work-email-domains";
import { getReportBranding } from "@/lib/reports/get-report-branding";

export const metadata: Metadata = { title: "Settings" };

export default orgPage("organisation:update", async (access, { org }) => {
  const [domains, branding, industry] = await Promise.all([
    getWorkEmailDomains(access),
    getReportBranding(access),
    getIndustry(access),
  ]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Settings</h1>
          <p>
            The organisation&apos;s address stays <code>/orgs/{access.organisation.slug}</code> when you rename it.
          </p>
        </div>
      </div>
      <section className="card">
        <RenameOrganisationForm org={org} name={access.organisation.name} />
      </section>
      <section className="card">
        <IndustryForm org={org} industry={industry} />
      </section>
      <section className="card">
        <WorkEmailDomainsForm org={org} domains={domains} />
      </section>
      <section className="card">
        <ReportBrandingForm
          org={org}
          branding={{
            accent: branding.accent,
            preparedBy: branding.preparedBy,
            logo: branding.logo ? { type: branding.logo.type, bytes: branding.logo.bytes.length } : null,
          }}
        />
      </section>
    </>
  );
});
