/** Browser-side calls to the app's route handlers; a problem+json answer becomes an ApiError. */
export class ApiError extends Error {
  constructor(public readonly status: number, message: string, public readonly field?: string) {
    super(message);
    this.name = "ApiError";
  }
}

export async function callApi<T>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, payload.detail ?? `Request failed (${response.status})`, payload.field);
  return payload as T;
}
