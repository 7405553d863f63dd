import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { api, ApiError, asApiError, OFFLINE_MESSAGE, textBody, UNREADABLE_MESSAGE } from "./api";

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };

/** A real HTTP server answering as the app's routes and the servers in front of them do. */
const routes: Record<string, (req: Seen, res: ServerResponse) => void> = {
  "/problem": (_req, res) => {
    res.writeHead(409, { "content-type": "application/problem+json" });
    res.end(
      JSON.stringify({
        type: "about:blank",
        title: "Conflict",
        status: 409,
        detail: "Another item already has this name.",
        field: "name",
      }),
    );
  },
  "/problem-with-errors": (_req, res) => {
    res.writeHead(400, { "content-type": "application/problem+json" });
    res.end(
      JSON.stringify({
        type: "about:blank",
        title: "Invalid input",
        status: 400,
        detail: "The file has 2 errors.",
        field: "body",
        errors: [
          { line: 2, column: "name", message: "Required" },
          { line: 3, column: "", message: "Too long" },
        ],
      }),
    );
  },
  "/title-only": (_req, res) => {
    res.writeHead(403, { "content-type": "application/problem+json" });
    res.end(JSON.stringify({ type: "about:blank", title: "Forbidden", status: 403 }));
  },
  "/html-502": (_req, res) => {
    res.writeHead(502, { "content-type": "text/html" });
    res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
  },
  "/text-500": (_req, res) => {
    res.statusCode = 500;
    res.end("Internal error");
  },
  "/empty-413": (_req, res) => {
    res.writeHead(413);
    res.end();
  },
  "/json-not-problem": (_req, res) => {
    res.writeHead(400, { "content-type": "application/json" });
    res.end("[1, 2, 3]");
  },
  "/problem-with-odd-detail": (_req, res) => {
    res.writeHead(422, { "content-type": "application/problem+json" });
    res.end(JSON.stringify({ title: "Refused", detail: { text: "not a sentence" } }));
  },
  "/no-content": (_req, res) => {
    res.writeHead(204);
    res.end();
  },
  "/echo": (req, res) => {
    res.writeHead(201, { "content-type": "application/json", "x-seq": "7" });
    res.end(
      JSON.stringify({
        method: req.method,
        contentType: req.headers["content-type"] ?? null,
        accept: req.headers.accept ?? null,
        body: req.body,
      }),
    );
  },
  "/wave": (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: "w1", seq: "not a number" }));
  },
  "/not-json": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<html>a login page</html>");
  },
  "/csv": (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv" });
    res.end("link,department\nhttps://x/s/1,\n");
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      const route = routes[url.pathname];
      if (!route) {
        res.writeHead(404);
        res.end();
        return;
      }
      route(
        {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        },
        res,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("an error answer", () => {
  it("parses a problem+json document once: status, the server's detail as the message, the field", async () => {
    const error = await failure(api.post(`${base}/problem`, { name: "Support" }));
    expect(error.status).toBe(409);
    expect(error.message).toBe("Another item already has this name.");
    expect(error.detail).toBe("Another item already has this name.");
    expect(error.field).toBe("name");
  });

  it("gives extension members such as the errors of a refused import, checked against a schema", async () => {
    const error = await failure(api.post(`${base}/problem-with-errors`, textBody("key,name\n", "text/csv")));
    const errors = error.extension(
      "errors",
      z.array(z.object({ line: z.number(), column: z.string(), message: z.string() })),
    );
    expect(errors).toEqual([
      { line: 2, column: "name", message: "Required" },
      { line: 3, column: "", message: "Too long" },
    ]);
    // Absent, or not of the shape asked for: undefined, never a guess.
    expect(error.extension("rows", z.array(z.number()))).toBeUndefined();
    expect(error.extension("errors", z.array(z.string()))).toBeUndefined();
  });

  it("uses the title when the problem has no detail", async () => {
    const error = await failure(api.delete(`${base}/title-only`));
    expect(error).toMatchObject({ status: 403, message: "Forbidden", field: undefined, detail: undefined });
  });

  it.each([
    ["/html-502", 502, "The server is not answering just now. Please try again in a moment."],
    ["/text-500", 500, "Something went wrong on our side (error 500). Please try again."],
    ["/empty-413", 413, "What you sent is too large for the server."],
    ["/json-not-problem", 400, "The request was refused (error 400)."],
    ["/problem-with-odd-detail", 422, "The request was refused (error 422)."],
    ["/missing", 404, "Not found. It may have been removed; reload the page."],
  ])("reads a body that is not a problem document (%s) as a readable message", async (path, status, message) => {
    const error = await failure(api.post(`${base}${path}`, { a: 1 }));
    expect(error.status).toBe(status);
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(/Unexpected token|JSON/);
    expect(error.detail).toBeUndefined();
  });

  it("is an ApiError with status 0 when no answer comes", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(api.get(`http://127.0.0.1:${port}/x`, z.unknown()));
    expect(error).toMatchObject({ status: 0, message: OFFLINE_MESSAGE });
  });

  it("goes through the raw and text variants too", async () => {
    expect((await failure(api.raw(`${base}/problem`, { method: "POST" }))).field).toBe("name");
    expect((await failure(api.text(`${base}/html-502`))).status).toBe(502);
  });
});

describe("a successful answer", () => {
  it("is checked against the schema and typed by it", async () => {
    const echoed = await api.post(
      `${base}/echo`,
      { name: "Support", count: 3 },
      z.object({ method: z.string(), contentType: z.string(), accept: z.string().nullable(), body: z.string() }),
    );
    expect(echoed.method).toBe("POST");
    expect(echoed.contentType).toBe("application/json");
    expect(JSON.parse(echoed.body)).toEqual({ name: "Support", count: 3 });
  });

  it("sends a text body with its own content type, unchanged", async () => {
    const echoed = await api.put(
      `${base}/echo`,
      textBody("key,name\nsupport,Support\n", "text/csv"),
      z.object({ method: z.string(), contentType: z.string(), body: z.string() }),
    );
    expect(echoed).toEqual({ method: "PUT", contentType: "text/csv", body: "key,name\nsupport,Support\n" });
  });

  it("refuses a shape the schema does not allow, with a readable message, instead of passing it on", async () => {
    const error = await failure(api.get(`${base}/wave`, z.object({ id: z.string(), seq: z.number() })));
    expect(error.status).toBe(200);
    expect(error.message).toBe(UNREADABLE_MESSAGE);
    expect(error.cause).toBeInstanceOf(z.ZodError);
  });

  it("refuses a 2xx answer that is not JSON when JSON is expected", async () => {
    const error = await failure(api.get(`${base}/not-json`, z.object({ id: z.string() })));
    expect(error).toMatchObject({ status: 200, message: UNREADABLE_MESSAGE });
  });

  it("treats a 204 as no body: fine when nothing is read, a mismatch when a body was expected", async () => {
    await expect(api.patch(`${base}/no-content`, { status: "done" })).resolves.toBeUndefined();
    await expect(api.delete(`${base}/no-content`)).resolves.toBeUndefined();
    await expect(api.post(`${base}/no-content`, {}, z.undefined())).resolves.toBeUndefined();
    expect((await failure(api.post(`${base}/no-content`, {}, z.object({ id: z.string() })))).message).toBe(
      UNREADABLE_MESSAGE,
    );
    const response = await api.raw(`${base}/no-content`, { method: "POST" });
    expect(response.status).toBe(204);
  });

  it("gives the raw Response (headers, status) and text answers", async () => {
    const response = await api.raw(`${base}/echo`, { method: "POST", body: { a: 1 }, accept: "application/x-ndjson" });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-seq")).toBe("7");
    expect(await response.json()).toMatchObject({ accept: "application/x-ndjson", contentType: "application/json" });
    expect(await api.text(`${base}/csv`, { method: "POST", body: { count: 1 } })).toBe(
      "link,department\nhttps://x/s/1,\n",
    );
  });

  it("sends no content type when there is no body", async () => {
    const echoed = await api.get(
      `${base}/echo`,
      z.object({ method: z.string(), contentType: z.null(), body: z.string() }),
    );
    expect(echoed).toEqual({ method: "GET", contentType: null, body: "" });
  });
});

describe("asApiError", () => {
  it("keeps an ApiError and turns anything else into a generic one", () => {
    const original = new ApiError(409, "Taken", "name");
    expect(asApiError(original)).toBe(original);
    const other = asApiError(new TypeError("x is undefined"));
    expect(other).toMatchObject({ status: 0, message: "Something went wrong. Please try again." });
  });
});
