import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

/** Next's signals, as errors the tests can tell apart. */
class NextSignal extends Error {}
const signal = (name: string) => (arg?: string) => {
  throw new NextSignal(arg ? `${name}:${arg}` : name);
};

const state = vi.hoisted(() => ({
  actor: null as null | { id: string },
  role: "viewer" as string,
  member: true,
  returnPath: null as string | null,
}));

vi.mock("next/navigation", () => ({
  notFound: signal("notFound"),
  forbidden: signal("forbidden"),
  redirect: signal("redirect"),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(state.returnPath ? { "x-return-path": state.returnPath } : {}),
}));
vi.mock("@/lib/db/client", () => ({ db: {} }));
vi.mock("./current-actor", () => ({ currentActor: async () => state.actor }));
vi.mock("./org-access", () => ({
  resolveOrgAccess: async (_db: unknown, actor: unknown, slug: string) => {
    if (!state.member) throw new NotFoundError("Organisation");
    return {
      actor,
      organisation: { id: "o1", slug, name: "Org" },
      membership: { id: "m1", role: state.role, departmentIds: [] },
    };
  },
}));

const { orgPage, publicPage } = await import("./page-gates");

const props = <P extends object>(params: P, query: Record<string, string> = {}) => ({
  params: Promise.resolve({ org: "acme", ...params }),
  searchParams: Promise.resolve(query),
});
const outcome = (work: Promise<unknown>) =>
  work.then(
    (value) => ({ value }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : error }),
  );

beforeEach(() => {
  state.actor = { id: "u1" };
  state.role = "viewer";
  state.member = true;
  state.returnPath = null;
});

describe("orgPage", () => {
  it("renders with the access, the route's parameters and the query", async () => {
    const page = orgPage<{ wave: string }>(
      "organisation:read",
      async (access, params, query) => `${access.organisation.slug}/${params.wave}?by=${query.by}`,
    );
    expect(await outcome(page(props({ wave: "w1" }, { by: "role" })))).toEqual({ value: "acme/w1?by=role" });
  });

  it("sends a visitor without a session to sign-in, back to the requested page (or the organisation)", async () => {
    state.actor = null;
    const page = orgPage("organisation:read", () => "never");
    expect(await outcome(page(props({})))).toEqual({
      error: `redirect:/login?callbackUrl=${encodeURIComponent("/orgs/acme")}`,
    });
    state.returnPath = "/orgs/acme/findings";
    expect(await outcome(page(props({})))).toEqual({
      error: `redirect:/login?callbackUrl=${encodeURIComponent("/orgs/acme/findings")}`,
    });
  });

  it("answers 404 to a non-member and 403 to a role without the permission", async () => {
    const page = orgPage("audit:read", () => "never");
    state.member = false;
    expect(await outcome(page(props({})))).toEqual({ error: "notFound" });
    state.member = true;
    expect(await outcome(page(props({})))).toEqual({ error: "forbidden" });
  });

  it("maps the render's errors: 404 and 400 to not found, 403 to forbidden, others and Next's signals unchanged", async () => {
    const throwing = (error: unknown) =>
      orgPage("organisation:read", async () => {
        throw error;
      })(props({}));
    expect(await outcome(throwing(new NotFoundError("Wave")))).toEqual({ error: "notFound" });
    expect(await outcome(throwing(new ValidationError("wave", "Not an id")))).toEqual({ error: "notFound" });
    expect(await outcome(throwing(new ForbiddenError()))).toEqual({ error: "forbidden" });
    expect(await outcome(throwing(new ConflictError("Busy")))).toEqual({ error: "Busy" });
    expect(await outcome(throwing(new NextSignal("redirect:/elsewhere")))).toEqual({ error: "redirect:/elsewhere" });
  });
});

describe("publicPage", () => {
  it("maps errors like the other gates, and renders the statuses it is given an answer for", async () => {
    const page = (error: AppError) =>
      publicPage<{ token: string }>(
        async () => {
          throw error;
        },
        { 410: (e) => `closed: ${e.detail}` },
      )({ params: Promise.resolve({ token: "t" }) });
    expect(await outcome(page(new NotFoundError("Survey")))).toEqual({ error: "notFound" });
    expect(await outcome(page(new AppError(410, "Gone", "The wave has closed.")))).toEqual({
      value: "closed: The wave has closed.",
    });
    expect(await outcome(page(new AppError(500, "Oops", "Broken")))).toEqual({ error: "Broken" });
  });
});

describe("parameters no key can be", () => {
  it("are a 404 before any lookup", async () => {
    const page = orgPage<{ wave: string }>("organisation:read", () => "never");
    expect(await outcome(page(props({ wave: "a\u0000b" })))).toEqual({ error: "notFound" });
    expect(
      await outcome(publicPage<{ token: string }>(() => "never")({ params: Promise.resolve({ token: "\uD800" }) })),
    ).toEqual({ error: "notFound" });
  });
});
