"use client";

import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import type { ModelEdit } from "@/lib/model/input";

type RoleEdit = Extract<ModelEdit, { op: "updateRole" | "renameRole" }>;

/** Sends one change to a role (the model's edit route decides who may) and refreshes the page once it lands. */
export function useRoleEdit(org: string) {
  return useApiAction({ send: (edit: RoleEdit) => api.post(`/api/orgs/${org}/model/edits`, edit), refresh: true });
}
