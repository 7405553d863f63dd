import type { Metadata } from "next";
import Link from "next/link";
import { CreateOrganisationForm } from "@/components/orgs/create-organisation-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Brand } from "@/components/ui/brand";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/http/page-access";
import { listOrganisationsForUser } from "@/lib/organisations/list-organisations";

export const metadata: Metadata = { title: "Organisations" };

export default async function OrganisationsPage() {
  const user = await requirePageUser("/orgs");
  const organisations = await listOrganisationsForUser(user);
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
            <p>{organisations.length === 0 ? "You are not a member of any organisation yet." : "Choose the organisation to work in."}</p>
          </div>
        </div>
        {organisations.length > 0 && (
          <ul className="org-list">
            {organisations.map((org) => (
              <li key={org.slug}>
                <Link href={`/orgs/${org.slug}`}>
                  <span className="name">{org.name}</span>
                  <span className="badge">{ROLE_LABELS[org.role]}</span>{" "}
                  <span className="muted">{org.memberCount} member{org.memberCount === 1 ? "" : "s"}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <section className="card" style={{ marginTop: "1.5rem" }}>
          <CreateOrganisationForm />
        </section>
      </main>
    </>
  );
}
