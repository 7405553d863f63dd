"use client";

import { z } from "zod";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import type { ModelEdit } from "@/lib/model/input";

/** What an edit answers: the key it made or kept, and for a removal or merge what was done, in words. */
const editAnswer = z.object({ key: z.string().optional(), summary: z.string().optional() });

/**
 * Sends one setup edit and refreshes the page's data when it lands. `onDone` hears the server's summary of
 * what was done (for removals and merges), before the refreshed page replaces the row that asked.
 */
export function useModelEdit(org: string, onDone?: (summary: string | undefined) => void) {
  return useApiAction({
    send: (edit: ModelEdit) => api.post(`/api/orgs/${org}/model/edits`, edit, editAnswer),
    onSuccess: (answer) => onDone?.(answer.summary),
    refresh: true,
  });
}
