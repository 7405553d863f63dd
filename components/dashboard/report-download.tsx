"use client";

import { useId, useState } from "react";
import { asApiError, request } from "@/lib/client/api";

type Status =
  { kind: "idle" } | { kind: "preparing" } | { kind: "done"; name: string } | { kind: "failed"; message: string };

/** The file name the server gave (Content-Disposition), or a plain one. */
function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "diagnostic-report.pdf";
}

/**
 * Downloads the diagnostic report of a chosen closed wave (the latest by default). The PDF is fetched
 * rather than linked so the page can say it is being prepared — drawing it takes a few seconds — and
 * say so if it fails.
 */
export function ReportDownload({ org, waves }: { org: string; waves: { id: string; name: string }[] }) {
  const [wave, setWave] = useState(waves[0]?.id ?? "");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const selectId = useId();
  const preparing = status.kind === "preparing";

  async function download() {
    setStatus({ kind: "preparing" });
    try {
      const response = await request(`/api/orgs/${org}/report${wave ? `?wave=${encodeURIComponent(wave)}` : ""}`, {
        accept: "application/pdf",
      });
      const name = fileNameOf(response);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // Let the browser start the download before the address is let go.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: "done", name });
    } catch (error) {
      setStatus({ kind: "failed", message: asApiError(error).message });
    }
  }

  return (
    <div className="report-download" data-testid="report-download">
      {waves.length > 1 && (
        <>
          <label htmlFor={selectId} className="sr-only">
            Wave of the report
          </label>
          <select id={selectId} value={wave} onChange={(event) => setWave(event.target.value)} disabled={preparing}>
            {waves.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button
        type="button"
        className="button secondary small"
        onClick={download}
        disabled={preparing}
        aria-describedby={`${selectId}-status`}
      >
        {preparing ? "Preparing the report…" : waves.length === 1 ? `Report: ${waves[0]!.name} (PDF)` : "Report (PDF)"}
      </button>
      <p id={`${selectId}-status`} className="report-status muted" aria-live="polite" role="status">
        {status.kind === "preparing"
          ? "Preparing the report… this takes a few seconds."
          : status.kind === "done"
            ? `Downloaded ${status.name}.`
            : ""}
      </p>
      {status.kind === "failed" && (
        <p className="report-status alert error" role="alert">
          The report could not be prepared: {status.message}
        </p>
      )}
    </div>
  );
}
