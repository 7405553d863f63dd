"use client";

import { type RefObject, useEffect, useState } from "react";

/**
 * Whether the element has come onto the screen, or within `margin` of it (and stays true once it has). A
 * chart below the fold is drawn when the reader scrolls to it: on a phone the dashboard's charts are under
 * the headline, and loading and drawing them with the page kept its main thread busy for a third of a second.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = "0px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, margin]);
  return near;
}
