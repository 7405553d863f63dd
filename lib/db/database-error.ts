/**
 * What a database error means for the request that met it, whatever layer raised it: a pg error (SQLSTATE
 * in `code`), a driver-adapter error, or a Prisma error wrapping one (`meta.driverAdapterError.cause`).
 * lib/http/problem.ts turns the meaning into a status; the connection pool uses it to mark the database
 * unavailable.
 */
export type DatabaseFailure =
  /** A unique constraint: the thing exists already (another request may have just created it). */
  | { kind: "duplicate"; field?: string }
  /** A value the column cannot take: too long, bad bytes, out of range, a date out of range. */
  | { kind: "bad-value" }
  /** Two transactions changed the same rows at once and one was refused. */
  | { kind: "write-conflict" }
  /** The database cannot be reached, refuses connections, is shutting down or is too slow. */
  | { kind: "unavailable" };

const PRISMA_CODES: Record<string, DatabaseFailure["kind"]> = {
  P2002: "duplicate",
  P2000: "bad-value",
  P2020: "bad-value",
  P2033: "bad-value",
  P2034: "write-conflict",
  P1001: "unavailable",
  P1002: "unavailable",
  P1008: "unavailable",
  P1017: "unavailable",
  P2024: "unavailable",
};

function sqlStateKind(code: string): DatabaseFailure["kind"] | undefined {
  if (code === "23505") return "duplicate";
  if (["22001", "22021", "22P05", "22003", "22008", "22007", "22P02", "54000"].includes(code)) return "bad-value";
  if (code === "40001" || code === "40P01") return "write-conflict";
  // admin shutdown, crash shutdown, starting up, connection exceptions, too many connections, statement timeout
  if (["57P01", "57P02", "57P03", "53300", "57014"].includes(code) || code.startsWith("08")) return "unavailable";
  return undefined;
}

const ADAPTER_KINDS: Record<string, DatabaseFailure["kind"]> = {
  UniqueConstraintViolation: "duplicate",
  LengthMismatch: "bad-value",
  ValueOutOfRange: "bad-value",
  TransactionWriteConflict: "write-conflict",
  DatabaseNotReachable: "unavailable",
  ConnectionClosed: "unavailable",
  SocketTimeout: "unavailable",
  TooManyConnections: "unavailable",
};

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** pg's own messages for a connection that could not be made, broke, or a query that got no answer in time. */
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|connection timeout|Connection terminated|Query read timeout|Client has encountered a connection error|Connection is closed|server closed the connection unexpectedly/i;

type Inspectable = {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: Record<string, unknown> } };
};

/** Reads the constrained field from a Prisma-style index name: `Story_organisationId_key_key` → `key`. */
function fieldOfConstraint(index: unknown, table: unknown): string | undefined {
  if (typeof index !== "string") return undefined;
  const withoutTable =
    typeof table === "string" && index.startsWith(`${table}_`)
      ? index.slice(table.length + 1)
      : index.replace(/^[^_]+_/, "");
  const fields = withoutTable
    .replace(/_(key|pkey|idx)$/, "")
    .split("_")
    .filter(Boolean);
  // The organisation scopes nearly every key; the field a user chose is the last one.
  return fields.filter((field) => field !== "organisationId").at(-1) ?? fields.at(-1);
}

function duplicateField(source: Record<string, unknown>): string | undefined {
  const constraint = source.constraint as { index?: unknown; fields?: unknown } | string | undefined;
  if (typeof constraint === "object" && Array.isArray(constraint.fields)) return String(constraint.fields.at(-1));
  return fieldOfConstraint(typeof constraint === "object" ? constraint.index : constraint, source.table);
}

export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  let current = error as Inspectable | undefined;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    // A Prisma error carries the driver's error in meta; a pg or adapter error is its own source.
    const source = (current.meta?.driverAdapterError?.cause ?? current) as Record<string, unknown>;
    const code = typeof source.code === "string" ? source.code : undefined;
    const sqlState =
      typeof source.originalCode === "string"
        ? source.originalCode
        : code && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code)
          ? code
          : undefined;
    const kind =
      (sqlState ? sqlStateKind(sqlState) : undefined) ??
      (typeof source.kind === "string" ? ADAPTER_KINDS[source.kind] : undefined) ??
      (typeof current.code === "string" ? PRISMA_CODES[current.code] : undefined) ??
      (code && SOCKET_CODES.has(code) ? "unavailable" : undefined) ??
      (typeof current.message === "string" && UNAVAILABLE_MESSAGE.test(current.message) ? "unavailable" : undefined);
    if (kind === "duplicate") return { kind, field: duplicateField(source) };
    if (kind) return { kind };
    current = current.cause as Inspectable | undefined;
  }
  return null;
}
