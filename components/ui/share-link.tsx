"use client";

import { useEffect, useState } from "react";

/**
 * A link to hand out (a survey's shared link, a workshop's): the address to select, a button that copies it,
 * and its QR code to put on a screen or a slide. The link's secret never leaves the browser to be drawn: the
 * QR code (the `qrcode` package, loaded when asked for) is made here.
 */
export function ShareLink({ label, intro, link }: { label: string; intro: string; link: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [showQr, setShowQr] = useState(false);

  useEffect(() => {
    setCopied(null);
    setQr(null);
  }, [link]);
  useEffect(() => {
    if (!showQr || qr) return;
    let current = true;
    void import("qrcode")
      .then((QRCode) => QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" }))
      .then((svg) => current && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
    return () => {
      current = false;
    };
  }, [showQr, qr, link]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // No clipboard (an insecure origin, a refused permission): the address is selected to copy by hand.
      setCopied("failed");
    }
  }

  return (
    <div className="alert success share-link" role="status" style={{ flexBasis: "100%" }}>
      <p>{intro}</p>
      <div className="share-link-row">
        <input type="text" readOnly value={link} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
        <button className="button small" type="button" onClick={() => void copy()}>
          Copy link
        </button>
        <button
          className="button secondary small"
          type="button"
          aria-expanded={showQr}
          onClick={() => setShowQr(!showQr)}
        >
          {showQr ? "Hide QR code" : "Show QR code"}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {copied === "yes"
          ? "Copied."
          : copied === "failed"
            ? "Could not copy here: select the address and copy it."
            : ""}
      </p>
      {showQr &&
        (qr ? (
          // eslint-disable-next-line @next/next/no-img-element -- a generated SVG data URL, not an optimisable asset
          <img
            className="share-link-qr"
            src={qr}
            alt={`QR code for the ${label.toLowerCase()}`}
            width={200}
            height={200}
          />
        ) : (
          <p className="muted">Drawing the QR code…</p>
        ))}
    </div>
  );
}
