/**
 * One HTTP byte range (RFC 9110 §14) of a stored clip, so players can seek. Only a single range is served;
 * several ranges, or a header that is not a byte range, get the whole clip (the RFC lets a server ignore Range).
 */
export type ByteRange = { start: number; end: number };

export type RangeAnswer = { kind: "whole" } | { kind: "partial"; range: ByteRange } | { kind: "unsatisfiable" };

export function byteRangeOf(header: string | null, size: number): RangeAnswer {
  if (header === null) return { kind: "whole" };
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return { kind: "whole" };
  const [, first, last] = match;
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", range: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start) || start >= size) return { kind: "unsatisfiable" };
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (end < start) return { kind: "unsatisfiable" };
  return { kind: "partial", range: { start, end } };
}
