import type { Metadata } from "next";
import { CreateOrganisationForm } from "@/components/orgs/create-organisation-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Brand } from "@/components/ui/brand";
import { ROLE_LABELS } from "@/lib/access/roles";
import { userPage } from "@/lib/access/page-gates";
import { PortfolioTable } from "@/components/orgs/portfolio-table";
import { getPortfolio } from "@/lib/dashboard/get-portfolio";

export const metadata: Metadata = { title: "Organisations" };

export default userPage("/orgs", async (user) => {
  const organisations = await getPortfolio(user);
  return (
    <>
      <header className="top-bar">
        <Brand href="/orgs" />
        <div className="row-actions" style={{ alignItems: "center" }}>
          <span className="muted">{user.actor.name}</span>
          <SignOutButton />
        </div>
      </header>
      <main className="centered-page" id="main">
        <div className="page-header">
          <div>
            <h1>Your organisations</h1>
            <p>
              {organisations.length === 0
                ? "You are not a member of any organisation yet."
                : "Every organisation you belong to, side by side. Open one to work in it."}
            </p>
          </div>
        </div>
        {organisations.length > 0 && <PortfolioTable entries={organisations} roleLabels={ROLE_LABELS} />}
        <section className="card" style={{ marginTop: "1.5rem" }}>
          <CreateOrganisationForm />
        </section>
      </main>
    </>
  );
});
