"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A moment in the reader's own time zone. The server does not know that zone, so it writes the time in UTC
 * (saying so) and the browser rewrites it in place.
 */
export function LocalTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const text = useSyncExternalStore(
    subscribe,
    () => date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }),
    () => `${date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
