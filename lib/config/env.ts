/**
 * The environment, validated once with zod. A bad value stops the app with a message naming the
 * variable; with no variables at all the app runs the embedded demo (PGlite under .data/).
 */
import { z } from "zod";
import { parseTrustProxy } from "@/lib/server/client-address.mjs";

const S3_VARIABLES = ["S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION"] as const;
const S3_VARIABLES_TEXT = S3_VARIABLES.join(", ");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    DB_POOL_SIZE: positiveInt(10).pipe(z.number().max(200)),
    /** A database that does not accept a connection within this fails the request (503) instead of hanging it. */
    DB_CONNECT_TIMEOUT_MS: positiveInt(3000).pipe(z.number().max(600_000)),
    /** The server cancels any statement running longer than this (PostgreSQL's statement_timeout). */
    DB_STATEMENT_TIMEOUT_MS: positiveInt(3000).pipe(z.number().max(3_600_000)),
    /** The app gives up on a query the server has not answered within this (a frozen server); default: the statement timeout + 0.5 s. */
    DB_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().max(3_600_000).optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    /** How many proxies in front of the app may say who the client is (X-Forwarded-For); 0 trusts none. */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, context) => {
        try {
          return parseTrustProxy(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message });
          return z.NEVER;
        }
      }),
    /** Failed sign-ins to one account from one address before the first pause (1 minute, then doubling). */
    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
    /** Failed sign-ins from one address, to any accounts, per 15 minutes. */
    LOGIN_MAX_FAILURES_PER_IP: positiveInt(20),
    /** The longest pause between sign-in attempts to one account from one address. */
    LOGIN_MAX_PAUSE_MINUTES: positiveInt(60),
    /** Sign-up and password-reset mails to one address per hour, and requests for them from one address. */
    ACCOUNT_MAILS_PER_EMAIL: positiveInt(3),
    ACCOUNT_MAILS_PER_IP: positiveInt(20),
    /** Requests one IP may make to the respondent endpoints per 10 minutes (a whole office behind one NAT answers through one IP). */
    RESPONDENT_REQUESTS_PER_IP: positiveInt(600),
    /** The mail server, e.g. smtps://user:password@mail.example.com:465. Unset: mail is kept in the outbox (DESIGN §4.4). */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    /** The sender of every mail; without it, Throughline <no-reply@the host of NEXTAUTH_URL>. */
    MAIL_FROM: z
      .string()
      .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, "must be an address, or a name and <address>")
      .optional(),
    /** Seals ballots waiting in the ballot box; without it, NEXTAUTH_SECRET. */
    BALLOT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** The largest customer clip (audio or video) a story may carry, in bytes; the server refuses a larger upload. */
    MEDIA_MAX_BYTES: positiveInt(25 * 1024 * 1024).pipe(z.number().max(1024 * 1024 * 1024)),
    /** Where clips are kept on disk when no S3-compatible store is configured. */
    MEDIA_DIR: z.string().min(1).default(".data/media"),
    /** An S3-compatible store for clips (all five, or none: clips then stay on disk). Path-style URLs. */
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
      .optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).optional(),
  })
  .refine((env) => S3_VARIABLES.every((name) => env[name] === undefined) || S3_VARIABLES.every((name) => env[name]), {
    path: ["S3_BUCKET"],
    message: `set all of ${S3_VARIABLES_TEXT} for an S3-compatible store, or none of them to keep clips on disk`,
  })
  .refine((env) => env.DB_QUERY_TIMEOUT_MS === undefined || env.DB_QUERY_TIMEOUT_MS > env.DB_STATEMENT_TIMEOUT_MS, {
    path: ["DB_QUERY_TIMEOUT_MS"],
    message:
      "must be longer than DB_STATEMENT_TIMEOUT_MS (the server should cancel a slow statement before the app gives up on it)",
  })
  .transform((env) => ({ ...env, DB_QUERY_TIMEOUT_MS: env.DB_QUERY_TIMEOUT_MS ?? env.DB_STATEMENT_TIMEOUT_MS + 500 }));

export type Env = z.infer<typeof envSchema> & { MAIL_FROM: string };

export class EnvError extends Error {
  constructor(
    public readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = "EnvError";
  }
}

/** Empty strings count as unset, as most deploy tools write them for blank variables. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(
      result.error.issues.map((issue) => String(issue.path[0])),
      `Invalid environment:\n  ${problems.join("\n  ")}`,
    );
  }
  const mailFrom = result.data.MAIL_FROM ?? `Throughline <no-reply@${new URL(result.data.NEXTAUTH_URL).hostname}>`;
  return { ...result.data, MAIL_FROM: mailFrom };
}
