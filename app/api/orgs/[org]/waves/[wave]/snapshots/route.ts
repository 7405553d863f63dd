import { publishSnapshot } from "@/lib/diagnostic/waves/publish-snapshot";
import { orgRoute } from "@/lib/access/route-gates";

/** Publishes a snapshot of an open wave's results (refused with 409 until k more people have answered). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (_request, access, params) =>
  Response.json(await publishSnapshot(access, params.wave), { status: 201 }),
);
