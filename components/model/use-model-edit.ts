"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { callApi } from "@/lib/client/api";
import type { ModelEdit } from "@/lib/model/input";

/** Sends one setup edit and refreshes the page's data when it lands. */
export function useModelEdit(org: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: (edit: ModelEdit) => callApi<{ key?: string }>("POST", `/api/orgs/${org}/model/edits`, edit),
    onSuccess: () => router.refresh(),
  });
}
