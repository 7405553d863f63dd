"use client";

import { useTranslations } from "next-intl";

/** After an anonymous report: thanks, and the receipt link — shown this once (only its hash is kept). */
export function ObstacleReceiptNote({ receipt, onAnother }: { receipt: string | null; onAnother: () => void }) {
  const t = useTranslations("Obstacle.sent");
  return (
    <div role="status" className="obstacle-sent">
      <h2>{t("title")}</h2>
      {receipt ? (
        <>
          <p>{t("body")}</p>
          <p>{t("receipt")}</p>
          <div className="field">
            <label htmlFor="obstacle-receipt">{t("receiptLabel")}</label>
            <input
              id="obstacle-receipt"
              type="text"
              readOnly
              value={receipt}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <p>
            <a href={receipt}>{t("open")}</a>
          </p>
        </>
      ) : null}
      <button type="button" className="button secondary" onClick={onAnother}>
        {t("another")}
      </button>
    </div>
  );
}
