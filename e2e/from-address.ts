/**
 * Requests from another client address: the app counts sign-in failures per account and address, and the
 * server takes the address from the connection, so these connect from another loopback address (127.0.0.x).
 */
import http from "node:http";

const PORT = Number(process.env.E2E_PORT ?? 3100);

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(
  from: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        path,
        method,
        localAddress: from,
        headers: { ...headers, ...(body ? { "content-length": String(Buffer.byteLength(body)) } : {}) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    outgoing.on("error", reject);
    if (body) outgoing.write(body);
    outgoing.end();
  });
}

/** One sign-in through next-auth's credentials flow (as the sign-in form makes it) from `from`; its answer. */
export async function signInFrom(from: string, email: string, password: string): Promise<Answer> {
  const csrf = await request(from, "GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const body = new URLSearchParams({ csrfToken, email, password, json: "true" }).toString();
  return request(
    from,
    "POST",
    "/api/auth/callback/credentials",
    { "content-type": "application/x-www-form-urlencoded", cookie },
    body,
  );
}
