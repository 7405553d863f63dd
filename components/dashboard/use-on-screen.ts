"use client";

import { type RefObject, useEffect, useState } from "react";

/**
 * Whether a fifth of the element has come onto the screen (and stays true once it has). A chart below the
 * fold is drawn when the reader scrolls to it, not for a sliver at the screen's foot: on a phone the
 * dashboard's charts are under the headline, and loading and drawing them with the page kept its main
 * thread busy for a third of a second.
 */
export function useOnScreen(ref: RefObject<Element | null>, share = 0.2): boolean {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (onScreen || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setOnScreen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= share)) setOnScreen(true);
      },
      { threshold: share },
    );
    observer.observe(element);
    // A printed page shows every chart, scrolled to or not.
    const beforePrint = () => setOnScreen(true);
    window.addEventListener("beforeprint", beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", beforePrint);
    };
  }, [ref, onScreen, share]);
  return onScreen;
}
