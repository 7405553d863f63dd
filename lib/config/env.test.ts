import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs the embedded demo with no variables at all", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({
      PGLITE_DIR: ".data/pglite",
      DB_POOL_SIZE: 10,
      DB_CONNECT_TIMEOUT_MS: 3000,
      DB_STATEMENT_TIMEOUT_MS: 3000,
      DB_QUERY_TIMEOUT_MS: 3500,
      NEXTAUTH_URL: "http://localhost:3000",
      TRUST_PROXY: 0,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 5,
      LOGIN_MAX_FAILURES_PER_IP: 20,
    });
  });

  it("accepts a PostgreSQL server and numeric settings from strings", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://app@db:5432/throughline",
      DB_POOL_SIZE: "25",
      TRUST_PROXY: "true",
    });
    expect(env.DATABASE_URL).toBe("postgresql://app@db:5432/throughline");
    expect(env.DB_POOL_SIZE).toBe(25);
    expect(env.TRUST_PROXY).toBe(1);
  });

  it("reads TRUST_PROXY as a number of trusted proxy hops (true is one, false none)", () => {
    expect(
      [undefined, "false", "0", "true", "1", "2"].map((value) => parseEnv({ TRUST_PROXY: value }).TRUST_PROXY),
    ).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it("derives the client-side query timeout from the statement timeout unless set", () => {
    expect(parseEnv({ DB_STATEMENT_TIMEOUT_MS: "60000" }).DB_QUERY_TIMEOUT_MS).toBe(60500);
    expect(parseEnv({ DB_STATEMENT_TIMEOUT_MS: "1000", DB_QUERY_TIMEOUT_MS: "1200" }).DB_QUERY_TIMEOUT_MS).toBe(1200);
  });

  it("keeps mail in the outbox without SMTP_URL, and sends from the app's host unless MAIL_FROM says otherwise", () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({}).MAIL_FROM).toBe("Throughline <no-reply@localhost>");
    const env = parseEnv({
      SMTP_URL: "smtps://user:secret@mail.example.com:465",
      NEXTAUTH_URL: "https://app.example.com",
      MAIL_FROM: "Survey <survey@example.com>",
    });
    expect(env).toMatchObject({
      SMTP_URL: "smtps://user:secret@mail.example.com:465",
      MAIL_FROM: "Survey <survey@example.com>",
    });
    expect(parseEnv({ NEXTAUTH_URL: "https://app.example.com" }).MAIL_FROM).toBe(
      "Throughline <no-reply@app.example.com>",
    );
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: "" }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/x"],
    ["DB_POOL_SIZE", "zero"],
    ["DB_POOL_SIZE", "0"],
    ["DB_CONNECT_TIMEOUT_MS", "-5"],
    ["NEXTAUTH_SECRET", "short"],
    ["NEXTAUTH_URL", "not a url"],
    ["TRUST_PROXY", "yes please"],
    ["TRUST_PROXY", "-1"],
    ["DB_STATEMENT_TIMEOUT_MS", "0"],
    ["DB_QUERY_TIMEOUT_MS", "10"],
    ["NODE_ENV", "staging"],
    ["SMTP_URL", "http://mail.example.com"],
    ["SMTP_URL", "mail.example.com:25"],
    ["MAIL_FROM", "not an address"],
    ["MAIL_FROM", "Name <a@b>\r\nBcc: x@y"],
  ])("refuses a bad %s and names it", (variable, value) => {
    let caught: unknown;
    try {
      parseEnv({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    expect((caught as EnvError).variables).toContain(variable);
    expect((caught as EnvError).message).toContain(variable);
  });
});

describe("media settings", () => {
  it("keeps clips of up to 25 MB on disk under .data/media by default", () => {
    const env = parseEnv({});
    expect(env.MEDIA_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(env.MEDIA_DIR).toBe(".data/media");
    expect(env.S3_BUCKET).toBeUndefined();
  });

  it("takes a configured clip limit and refuses a nonsensical one", () => {
    expect(parseEnv({ MEDIA_MAX_BYTES: "1048576" }).MEDIA_MAX_BYTES).toBe(1048576);
    expect(() => parseEnv({ MEDIA_MAX_BYTES: "-5" })).toThrow(/MEDIA_MAX_BYTES/);
    expect(() => parseEnv({ MEDIA_MAX_BYTES: "25MB" })).toThrow(/MEDIA_MAX_BYTES/);
  });

  const s3 = {
    S3_BUCKET: "clips",
    S3_ENDPOINT: "https://s3.example.com",
    S3_ACCESS_KEY_ID: "key",
    S3_SECRET_ACCESS_KEY: "secret",
    S3_REGION: "eu-west-2",
  };

  it("takes an S3-compatible store only when all five settings are there", () => {
    expect(parseEnv(s3).S3_BUCKET).toBe("clips");
    expect(() => parseEnv({ ...s3, S3_REGION: "" })).toThrow(/S3_BUCKET: set all of/);
    expect(() => parseEnv({ ...s3, S3_ENDPOINT: "ftp://s3.example.com" })).toThrow(/S3_ENDPOINT/);
  });
});
