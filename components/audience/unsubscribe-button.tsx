"use client";

import { z } from "zod";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { FormError } from "@/components/ui/form-error";

export function UnsubscribeButton({ endpoint, organisation }: { endpoint: string; organisation: string }) {
  const stop = useApiAction({
    send: () => api.post(endpoint, {}, z.object({ organisation: z.string(), email: z.string() })),
  });
  if (stop.succeeded)
    return (
      <div className="alert success" role="status" data-testid="unsubscribed">
        Done: {organisation} will not email you again about its surveys.
      </div>
    );
  return (
    <>
      <FormError message={stop.error?.detailOr("That did not work. Please try again.")} />
      <button className="button" type="button" disabled={stop.pending} onClick={() => stop.run()}>
        Stop these emails
      </button>
    </>
  );
}
