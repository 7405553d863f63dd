import { actionItemsToCsv } from "@/lib/actions/actions-csv";
import { listActionItems } from "@/lib/actions/list-action-items";
import { createActionItem } from "@/lib/findings/create-action-item";
import { createActionInput } from "@/lib/findings/input";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { slugify } from "@/lib/organisations/rules/slug";

/** Turn a finding into an action item with an owner and a due date. */
export const POST = orgRoute("findings:review", async (request, access) =>
  Response.json(await createActionItem(access, await parseJsonBody(request, createActionInput)), { status: 201 }),
);

/** Every action item, overdue ones first, with whether the member may update each; `?format=csv` for a spreadsheet. */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const items = await listActionItems(access);
  if (new URL(request.url).searchParams.get("format") !== "csv") return items;
  return new Response(actionItemsToCsv(items), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${slugify(access.organisation.name)}-action-items.csv"`,
    },
  });
});
