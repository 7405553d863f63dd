import { randomInt } from "node:crypto";

/** Fisher–Yates with the operating system's randomness: the order a ballot box writes a batch in. */
export function shuffle<T>(values: T[]): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}
