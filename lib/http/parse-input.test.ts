import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { calendarDay, pgInt } from "@/lib/validation/database-ranges";
import { checkJsonText, MAX_JSON_DEPTH, parseInput, parseJsonBody, parseJsonText } from "./parse-input";

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function refusalOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

const json = (body: string, contentType = "application/json") =>
  new Request("http://app.test/api/orgs/acme/stories", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
  });

describe("JSON bodies", () => {
  it("refuse NUL characters and lone surrogates, naming the field", () => {
    expect(refusal(() => parseJsonText('{"story":{"title":"a\\u0000b"}}'))).toMatchObject({
      status: 400,
      field: "story.title",
    });
    expect(refusal(() => parseJsonText('{"names":["ok","\\ud800"]}'))).toMatchObject({ status: 400, field: "names.1" });
    expect(refusal(() => parseJsonText('{"x":"\\udc00"}'))).toMatchObject({ status: 400, field: "x" });
    expect(refusal(() => parseJsonText('{"a\\u0000":1}'))).toMatchObject({ status: 400, field: "body" });
    expect(parseJsonText('{"smile":"\\ud83d\\ude00"}')).toEqual({ smile: "😀" });
  });

  it("refuse nesting deeper than the limit before parsing, even 10,000 levels", () => {
    expect(refusal(() => parseJsonText("[".repeat(10_000) + "]".repeat(10_000))).detail).toMatch(
      /nested deeper than 32/,
    );
    expect(parseJsonText("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBeDefined();
    // Brackets inside strings do not count.
    expect(parseJsonText(JSON.stringify({ text: "[".repeat(100) }))).toEqual({ text: "[".repeat(100) });
  });

  it("refuse text that is not JSON", () => {
    expect(refusal(() => parseJsonText("{nope"))).toMatchObject({ status: 400, field: "body" });
  });

  it("check JSON files by line without parsing them", () => {
    expect(refusal(() => checkJsonText('{\n"a": "x\\u0000"}')).detail).toMatch(/line 2/);
    expect(refusal(() => checkJsonText('{"a": "\\ud800x"}')).detail).toMatch(/unpaired surrogate/);
    expect(() => checkJsonText('{"a": "\\\\u0000 is only text", "b": "\\ud83d\\ude00"}')).not.toThrow();
    expect(() => checkJsonText("{broken")).not.toThrow();
  });

  it("must be sent as JSON", async () => {
    const schema = z.object({ name: z.string() });
    expect(await parseJsonBody(json('{"name":"ok"}'), schema)).toEqual({ name: "ok" });
    expect(await parseJsonBody(json('{"name":"ok"}', "application/merge-patch+json; charset=utf-8"), schema)).toEqual({
      name: "ok",
    });
    expect(await refusalOf(parseJsonBody(json('{"name":"ok"}', "text/plain"), schema))).toMatchObject({ status: 415 });
    expect(await refusalOf(parseJsonBody(json("name=ok", "application/x-www-form-urlencoded"), schema))).toMatchObject({
      status: 415,
    });
    expect(
      await refusalOf(
        parseJsonBody(new Request("http://app.test/api/x", { method: "POST", body: '{"name":"ok"}' }), schema),
      ),
    ).toMatchObject({ status: 415 });
  });
});

describe("schemas and PostgreSQL's ranges", () => {
  const schema = z.object({ version: pgInt().positive(), due: calendarDay() });

  it("refuse an integer beyond PostgreSQL's integer, naming the field", () => {
    expect(refusal(() => parseInput(schema, { version: 2147483648, due: "2026-01-01" }))).toMatchObject({
      status: 400,
      field: "version",
    });
    expect(parseInput(schema, { version: 2147483647, due: "2026-01-01" }).version).toBe(2147483647);
  });

  it("refuse year 0000 and absurd years, naming the field", () => {
    for (const due of ["0000-01-01", "1899-12-31", "3000-01-01", "2026-02-30"]) {
      expect(refusal(() => parseInput(schema, { version: 1, due }))).toMatchObject({ status: 400, field: "due" });
    }
  });

  it("refuse unstorable strings in query values too", () => {
    expect(refusal(() => parseInput(z.object({ q: z.string() }), { q: "a\u0000" }))).toMatchObject({
      status: 400,
      field: "q",
    });
  });
});
