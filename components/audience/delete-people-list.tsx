"use client";

import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";

/** After the wave: forget the email addresses. Results and participation stay as they are. */
export function DeletePeopleList({ url, people }: { url: string; people: number }) {
  const remove = useApiAction({ send: () => api.delete(`${url}/people`), refresh: true });
  return (
    <div>
      <FormError message={remove.error?.detailOr("The list was not deleted.")} />
      <ConfirmButton
        className="button danger"
        disabled={remove.pending}
        confirm={{
          title: "Delete the people list?",
          message: `The ${people} email addresses are deleted for good. Results and participation do not change.`,
          action: "Delete the list",
        }}
        onConfirm={() => remove.run()}
      >
        Delete the people list
      </ConfirmButton>
    </div>
  );
}
