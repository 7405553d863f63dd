import { parseJsonBody } from "@/lib/http/parse-input";
import { userRoute } from "@/lib/access/route-gates";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { createOrganisationInput } from "@/lib/organisations/input";
import { listOrganisationsForUser } from "@/lib/organisations/list-organisations";

export const GET = userRoute(async (_request, user) => ({ organisations: await listOrganisationsForUser(user) }));

export const POST = userRoute(async (request, user) => {
  const organisation = await createOrganisation(user, await parseJsonBody(request, createOrganisationInput));
  return { slug: organisation.slug, name: organisation.name };
});
