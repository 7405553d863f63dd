import { toProblem } from "@/lib/http/problem";
import { orgRoute } from "@/lib/access/route-gates";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { readModelFile } from "@/lib/model/read-model-file";
import { slugify } from "@/lib/organisations/rules/slug";

/** Export: the whole model as a throughline.model/1 file. */
export const GET = orgRoute("organisation:read", async (_request, access) => {
  const model = await exportModel(access);
  return new Response(JSON.stringify(model, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${slugify(access.organisation.name)}.model.json"`,
    },
  });
});

/**
 * Import: replaces the model with the posted throughline.model/1 file (the body is the file's text).
 * A bad file is refused whole with a 400 listing every error (as `model/check` does, which writes nothing). With `Accept: application/x-ndjson` the
 * answer streams one JSON line per import step ({step, done, total}) and ends with {summary} or {problem}.
 */
export const POST = orgRoute("model:edit", async (request, access) => {
  const model = await readModelFile(request);

  if (!(request.headers.get("accept") ?? "").includes("application/x-ndjson")) return importModel(access, model);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + "\n"));
      try {
        const summary = await importModel(access, model, send);
        send({ summary });
      } catch (error) {
        send({ problem: toProblem(error) });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
});
