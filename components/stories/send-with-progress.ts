/**
 * A form sent with upload progress. fetch cannot report how much of a body has gone, so this one call uses
 * XMLHttpRequest; its answers become ApiErrors exactly as lib/client/api.ts makes them.
 */
import type { z } from "zod";
import { ApiError, apiErrorOf, OFFLINE_MESSAGE, readJson } from "@/lib/client/api";

export function sendWithProgress<S extends z.ZodType>(
  url: string,
  method: "PUT" | "POST",
  form: FormData,
  schema: S,
  onProgress: (fraction: number) => void,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, OFFLINE_MESSAGE));
    xhr.onload = () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" },
      });
      if (xhr.status >= 200 && xhr.status < 300) readJson(response, schema).then(resolve, reject);
      else apiErrorOf(response).then(reject, reject);
    };
    xhr.send(form);
  });
}
