import { orgRoute } from "@/lib/access/route-gates";
import { modelFileContents, readModelFile } from "@/lib/model/read-model-file";

/**
 * Check only: the posted model file is checked whole, as the import would, and nothing is written. A bad
 * file is a 400 listing every problem; a good one answers with what it holds.
 */
export const POST = orgRoute("model:edit", async (request) => {
  const model = await readModelFile(request);
  return Response.json({ contents: modelFileContents(model) });
});
