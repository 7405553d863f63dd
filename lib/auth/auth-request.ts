import "server-only";
import { NextRequest } from "next/server";
import { returnPath } from "./return-path";

/**
 * next-auth refuses a malformed `callbackUrl` query (a line break, non-ASCII) with a 500; it gets a path on this
 * site instead, resolved like every other return address.
 */
export async function withSafeCallbackUrl(request: NextRequest): Promise<NextRequest> {
  const value = request.nextUrl.searchParams.get("callbackUrl");
  if (value === null) return request;
  const url = request.nextUrl.clone();
  url.searchParams.set("callbackUrl", returnPath(value, "/"));
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
  });
}
