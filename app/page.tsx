import { redirect } from "next/navigation";
import { userPage } from "@/lib/access/page-gates";
import { listOrganisationsForUser } from "@/lib/organisations/list-organisations";
import { landingPath } from "@/lib/organisations/rules/landing-path";

/** The start page: each person lands where their work is (signed out: sign-in, then back here). */
export default userPage("/", async (user) => redirect(landingPath(await listOrganisationsForUser(user))));
