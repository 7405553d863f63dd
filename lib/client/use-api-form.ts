"use client";

/**
 * The one pattern for a form (or a button) that calls the API: the call runs as a react-query mutation,
 * the submit button is disabled while it is pending, its failure is an ApiError to show in <FormError>
 * (with the field the server named, for aria-invalid), and the page's server data is refreshed after it
 * succeeds when asked to.
 *
 *   const form = useApiForm({ send: () => api.post(url, { name }), refresh: true });
 *   <form onSubmit={form.onSubmit}><FormError message={form.error?.message} /> … <button disabled={form.pending}>
 */
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { type ApiError, asApiError } from "./api";

export type ApiActionOptions<V, T> = {
  /** The call; `input` is what `run` was given (the form's FormData for useApiForm). */
  send: (input: V) => Promise<T>;
  onSuccess?: (result: T, input: V) => void;
  /** Re-render the page's server components once the call succeeded (router.refresh()). */
  refresh?: boolean;
};

export type ApiAction<V, T> = {
  /** Starts the call; `onError` / `onSuccess` here are for this one call (e.g. to undo an optimistic change). */
  run: (input: V, callbacks?: { onError?: () => void; onSuccess?: () => void }) => void;
  pending: boolean;
  error: ApiError | null;
  /** `aria-invalid` for a field: true when the server's error names it. */
  invalid: (field: string) => true | undefined;
  /** The answer of the last call, once it succeeded. */
  result: T | undefined;
  succeeded: boolean;
  reset: () => void;
};

/** A call started by a button or a changed control (or a form that passes its own input). */
export function useApiAction<V = void, T = void>({
  send,
  onSuccess,
  refresh = false,
}: ApiActionOptions<V, T>): ApiAction<V, T> {
  const router = useRouter();
  const mutation = useMutation<T, Error, V>({
    mutationFn: send,
    onSuccess: (result, input) => {
      onSuccess?.(result, input);
      if (refresh) router.refresh();
    },
  });
  const error = mutation.error ? asApiError(mutation.error) : null;
  return {
    run: (input, callbacks) => mutation.mutate(input, callbacks),
    pending: mutation.isPending,
    error,
    invalid: (field) => (error?.field === field ? true : undefined),
    result: mutation.data,
    succeeded: mutation.isSuccess,
    reset: mutation.reset,
  };
}

/** A form that submits to the API: `onSubmit` keeps the browser from navigating and sends the form's data. */
export function useApiForm<T = void>(
  options: ApiActionOptions<FormData, T>,
): ApiAction<FormData, T> & { onSubmit: (event: FormEvent<HTMLFormElement>) => void } {
  const action = useApiAction(options);
  return {
    ...action,
    onSubmit: (event) => {
      event.preventDefault();
      action.run(new FormData(event.currentTarget));
    },
  };
}
