"use client";

import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import type { ModelEdit } from "@/lib/model/input";

/** Sends one setup edit and refreshes the page's data when it lands. */
export function useModelEdit(org: string) {
  return useApiAction({ send: (edit: ModelEdit) => api.post(`/api/orgs/${org}/model/edits`, edit), refresh: true });
}
