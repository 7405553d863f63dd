import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { getOrganisationOverview } from "@/lib/organisations/get-organisation-overview";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { renameOrganisationInput } from "@/lib/organisations/input";

export const GET = orgRoute("organisation:read", async (_request, access) => getOrganisationOverview(access));

export const PATCH = orgRoute("organisation:update", async (request, access) =>
  renameOrganisation(access, await parseJsonBody(request, renameOrganisationInput)),
);
