"use client";

import { useEffect, useState } from "react";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

export type PosterTexts = {
  title: string;
  what: string;
  anonymity: string;
  verified: string | null;
  scan: string;
  qr: string;
};

/** A shared link's token as links carry it (URL-safe base64); anything else in the fragment is ignored. */
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

type Props = {
  organisation: string;
  waveName: string;
  open: boolean;
  /** The shared links' address up to the token, on the app's public address. */
  linkBase: string;
  texts: Record<Locale, PosterTexts>;
};

/**
 * The poster: the link comes from this page's fragment (#token), which the browser never sends to the
 * server, and its QR code is drawn here. Only the token is taken from the fragment — the address around it
 * is the app's own — so a poster page opened from someone else's link cannot print a different site's code.
 */
export function PosterSheet({ organisation, waveName, open, linkBase, texts }: Props) {
  const [link, setLink] = useState<string | null | undefined>(undefined);
  const [qr, setQr] = useState<string | null>(null);
  const [locale, setLocale] = useState<Locale>("en");
  const t = texts[locale];

  useEffect(() => {
    const read = () => {
      const token = decodeURIComponent(window.location.hash.slice(1));
      setLink(TOKEN.test(token) ? `${linkBase}${token}` : null);
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [linkBase]);

  useEffect(() => {
    setQr(null);
    if (!link) return;
    let current = true;
    void import("qrcode")
      .then((QRCode) => QRCode.toString(link, { type: "svg", margin: 0, errorCorrectionLevel: "M" }))
      .then((svg) => current && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
    return () => {
      current = false;
    };
  }, [link]);

  return (
    <>
      <div className="no-print poster-controls">
        <h1>Poster for {waveName}</h1>
        {link === null ? (
          <p className="alert error" role="alert">
            This page needs the wave&apos;s shared link: open it with “Print a poster” where the link is shown, just
            after making it.
          </p>
        ) : (
          <>
            <p className="hint">
              Print it on A4 (portrait) and put it up where people pass. Anyone who scans it can answer
              {open ? "" : " once the wave is open"}; the link was shown only once, and this page keeps it only in its
              address.
            </p>
            <div className="inline-form">
              <div className="field">
                <label htmlFor="poster-language">Poster language</label>
                <select id="poster-language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
                  {LOCALES.map((code) => (
                    <option key={code} value={code} lang={code}>
                      {LOCALE_NAMES[code]}
                    </option>
                  ))}
                </select>
              </div>
              <button className="button" type="button" onClick={() => window.print()} disabled={!qr}>
                Print
              </button>
            </div>
          </>
        )}
      </div>
      {link && (
        <article className="poster" lang={locale} data-testid="poster" aria-label="Poster preview">
          <p className="poster-organisation">{organisation}</p>
          <h2 className="poster-title">{t.title}</h2>
          <p className="poster-wave">{waveName}</p>
          <p className="poster-what">{t.what}</p>
          <div className="poster-qr">
            {qr ? (
              // eslint-disable-next-line @next/next/no-img-element -- a generated SVG data URL, not an optimisable asset
              <img src={qr} alt={t.qr} width={320} height={320} data-testid="poster-qr" />
            ) : (
              <p className="muted">…</p>
            )}
          </div>
          <p className="poster-scan">{t.scan}</p>
          <p className="poster-link" data-testid="poster-link">
            {link}
          </p>
          {t.verified && <p className="poster-note">{t.verified}</p>}
          <p className="poster-anonymity">{t.anonymity}</p>
        </article>
      )}
    </>
  );
}
