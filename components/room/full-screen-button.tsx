"use client";

import { useEffect, useState } from "react";

/** Puts the customer room on the whole screen (a meeting-room wall), and back. */
export function FullScreenButton({ targetId }: { targetId: string }) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const update = () => setFull(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);
  return (
    <button
      className="button secondary small"
      type="button"
      onClick={() => (full ? document.exitFullscreen() : document.getElementById(targetId)?.requestFullscreen())}
    >
      {full ? "Leave full screen" : "Full screen"}
    </button>
  );
}
