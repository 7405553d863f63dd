"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { api, asApiError } from "@/lib/client/api";

type Unsaved = { answers: Record<string, number | null>; comments: Record<string, string> };

/**
 * Answers saved as they are given, one request at a time and in order (two requests in flight could reach
 * the server in the wrong order and store an answer the respondent already changed). "saved" means the
 * server confirmed every answer given so far; anything refused stays queued and goes with the next save or
 * a retry. Requests use keepalive so an answer given just before the tab closes still arrives, and the
 * browser asks before leaving while something is unsaved.
 */
export function useAnswerSaver(url: string) {
  // "throttled": the server asked to slow down (429), which no connection check would mend.
  const [state, setState] = useState<"idle" | "saving" | "saved" | "error" | "throttled">("idle");
  const unsaved = useRef<Unsaved>({ answers: {}, comments: {} });
  const flushing = useRef<Promise<boolean> | null>(null);

  const hasUnsaved = () =>
    Object.keys(unsaved.current.answers).length > 0 || Object.keys(unsaved.current.comments).length > 0;

  const flush = useCallback((): Promise<boolean> => {
    if (flushing.current) return flushing.current;
    const run = (async () => {
      setState("saving");
      let ok = true;
      let throttled = false;
      while (ok && hasUnsaved()) {
        const sending: Unsaved = {
          answers: { ...unsaved.current.answers },
          comments: { ...unsaved.current.comments },
        };
        const body = Object.keys(sending.comments).length > 0 ? sending : { answers: sending.answers };
        ok = await api.raw(url, { method: "PUT", body, keepalive: true }).then(
          (response) => (void response.body?.cancel().catch(() => undefined), true),
          (error: unknown) => {
            throttled = asApiError(error).status === 429;
            return false;
          },
        );
        if (!ok) break;
        // Only what was not changed again while this request was on its way counts as saved.
        for (const [key, value] of Object.entries(sending.answers))
          if (unsaved.current.answers[key] === value) delete unsaved.current.answers[key];
        for (const [key, value] of Object.entries(sending.comments))
          if (unsaved.current.comments[key] === value) delete unsaved.current.comments[key];
      }
      flushing.current = null;
      setState(ok ? "saved" : throttled ? "throttled" : "error");
      return ok;
    })();
    flushing.current = run;
    return run;
  }, [url]);

  const save = useCallback(
    (change: { answers?: Record<string, number | null>; comments?: Record<string, string> }) => {
      Object.assign(unsaved.current.answers, change.answers);
      Object.assign(unsaved.current.comments, change.comments);
      // While a request is on its way, its loop sends this change right after it.
      void flush();
    },
    [flush],
  );

  /** Waits for everything given so far to be stored; false when some answer could not be. */
  const settle = useCallback(async () => {
    if (flushing.current) await flushing.current;
    return hasUnsaved() ? flush() : true;
  }, [flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (flushing.current || hasUnsaved()) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  return { state, save, retry: flush, settle };
}
