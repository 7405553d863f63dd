/**
 * The one way the browser calls the app's route handlers. Every answer that is not 2xx becomes an ApiError,
 * parsed once here: a problem+json document (lib/http/problem.ts) gives its `detail`, `field` and extension
 * members; any other body (an HTML 502 from a proxy, a plain-text 500, a dropped connection) gives a
 * readable message instead of a parse error. A JSON answer the caller reads is checked against a zod schema,
 * so a component never works on a shape it only assumed. Components never call fetch themselves.
 *
 *   await api.post(url, body);                             // the answer is not read
 *   const { id } = await api.post(url, body, idSchema);   // the answer, checked
 *   const csv = await api.text(url, { method: "POST", body });
 *   await api.post(url, textBody(file, "text/csv"));      // a file's text, with its own content type
 */
// Types only: zod's code loads with the schemas that pages define, not with every page that calls the app
// (the dashboard, a phone's first page, reads its first figures from the server's HTML and needs none).
import type { z } from "zod";

/** A zod schema: it can check a value and say what it holds. */
type ResponseSchema = z.ZodType;

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Shown when the connection failed before any answer came. */
export const OFFLINE_MESSAGE = "Could not reach the server. Check your connection and try again.";
/** Shown when a 2xx answer is not what this page expects (an older page against a newer server, say). */
export const UNREADABLE_MESSAGE = "The server sent an answer this page cannot read. Reload the page and try again.";

/** Why a call failed, for people: the HTTP status (0 when no answer came), a message to show, the field it is about. */
export class ApiError extends Error {
  /** The server's own words (the problem's `detail`); undefined when it sent no problem document. */
  public readonly detail?: string;
  private readonly problem: Readonly<Record<string, unknown>>;

  constructor(
    public readonly status: number,
    message: string,
    public readonly field?: string,
    options: { detail?: string; problem?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ApiError";
    this.detail = options.detail;
    this.problem = options.problem ?? {};
  }

  /**
   * The server's detail, else `fallback` (a page's own words for "refused without a reason", e.g. a 502
   * from a proxy); when no answer came at all, the message saying so.
   */
  detailOr(fallback: string): string {
    return this.detail ?? (this.status === 0 ? this.message : fallback);
  }

  /** An extension member of the problem (e.g. every `errors` entry of a refused import); undefined when absent or not of that shape. */
  extension<S extends ResponseSchema>(name: string, schema: S): z.output<S> | undefined {
    const parsed = schema.safeParse(this.problem[name]);
    return parsed.success ? parsed.data : undefined;
  }
}

/** Any error as an ApiError: one thrown elsewhere (a bug, a library) reads as a generic failure. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(0, "Something went wrong. Please try again.", undefined, { cause: error });
}

/** A message for an error answer that carries no problem document. */
function statusMessage(status: number): string {
  if (status === 401) return "Sign in to continue.";
  if (status === 403) return "You are not allowed to do this.";
  if (status === 404) return "Not found. It may have been removed; reload the page.";
  if (status === 413) return "What you sent is too large for the server.";
  if (status === 429) return "Too many requests. Wait a minute and try again.";
  if (status === 502 || status === 503 || status === 504)
    return "The server is not answering just now. Please try again in a moment.";
  if (status >= 500) return `Something went wrong on our side (error ${status}). Please try again.`;
  return `The request was refused (error ${status}).`;
}

/** A problem document's members (RFC 9457): an object whose title, detail and field, when present, are text. */
function asProblem(
  body: unknown,
): (Record<string, unknown> & { title?: string; detail?: string; field?: string }) | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const problem = body as Record<string, unknown>;
  for (const member of ["title", "detail", "field"])
    if (problem[member] !== undefined && typeof problem[member] !== "string") return null;
  return problem;
}

/** Reads an error answer into an ApiError; never throws. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new ApiError(response.status, statusMessage(response.status));
  }
  const problem = asProblem(body);
  if (!problem) return new ApiError(response.status, statusMessage(response.status));
  const { detail, title, field } = problem;
  return new ApiError(response.status, detail ?? title ?? statusMessage(response.status), field, {
    detail,
    problem,
  });
}

/** A body sent as it is (a CSV or JSON file's text), with its content type; any other body is sent as JSON. */
export class TextBody {
  constructor(
    public readonly text: string,
    public readonly contentType: string,
  ) {}
}

export function textBody(text: string, contentType: string): TextBody {
  return new TextBody(text, contentType);
}

/** `keepalive` lets the request finish after the page is closed (at most 64 KB of body, as browsers allow). */
export type RequestOptions = { method?: Method; body?: unknown; accept?: string; keepalive?: boolean };

/**
 * Sends one request and gives the Response when it is 2xx (to read a header, a stream, a 204);
 * throws ApiError otherwise. Same-origin, with the browser's cookies, as fetch does by default.
 */
export async function request(
  url: string,
  { method = "GET", body, accept, keepalive }: RequestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  let payload: string | undefined;
  if (body instanceof TextBody) {
    headers["content-type"] = body.contentType;
    payload = body.text;
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (accept) headers.accept = accept;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: Object.keys(headers).length > 0 ? headers : undefined,
      body: payload,
      keepalive,
    });
  } catch (cause) {
    throw new ApiError(0, OFFLINE_MESSAGE, undefined, { cause });
  }
  if (!response.ok) throw await apiErrorOf(response);
  return response;
}

/** Reads a 2xx answer as JSON of the schema's shape (an empty answer, such as a 204, is `undefined`). */
export async function readJson<S extends ResponseSchema>(response: Response, schema: S): Promise<z.output<S>> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch (cause) {
    throw new ApiError(response.status, UNREADABLE_MESSAGE, undefined, { cause });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, UNREADABLE_MESSAGE, undefined, { cause: parsed.error });
  return parsed.data;
}

async function send(method: Method, url: string, body: unknown, schema: ResponseSchema | undefined): Promise<unknown> {
  const response = await request(url, { method, body });
  if (!schema) {
    // The answer is not read; let the connection go.
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  return readJson(response, schema);
}

function post(url: string, body?: unknown): Promise<void>;
function post<S extends ResponseSchema>(url: string, body: unknown, schema: S): Promise<z.output<S>>;
function post(url: string, body?: unknown, schema?: ResponseSchema) {
  return send("POST", url, body, schema);
}

function put(url: string, body: unknown): Promise<void>;
function put<S extends ResponseSchema>(url: string, body: unknown, schema: S): Promise<z.output<S>>;
function put(url: string, body: unknown, schema?: ResponseSchema) {
  return send("PUT", url, body, schema);
}

function patch(url: string, body: unknown): Promise<void>;
function patch<S extends ResponseSchema>(url: string, body: unknown, schema: S): Promise<z.output<S>>;
function patch(url: string, body: unknown, schema?: ResponseSchema) {
  return send("PATCH", url, body, schema);
}

function get<S extends ResponseSchema>(url: string, schema: S): Promise<z.output<S>> {
  return request(url).then((response) => readJson(response, schema));
}

export const api = {
  get,
  post,
  put,
  patch,
  delete: (url: string): Promise<void> => send("DELETE", url, undefined, undefined).then(() => undefined),
  /** The answer's text (a CSV made on the server). */
  text: (url: string, options?: RequestOptions): Promise<string> =>
    request(url, options).then((response) => response.text()),
  /** The Response itself, once it is known to be 2xx (a stream, a header). */
  raw: request,
};
