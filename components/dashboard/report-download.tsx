"use client";

import { useId, useState } from "react";
import { asApiError, request } from "@/lib/client/api";

type Format = "pdf" | "slides";
type Status =
  | { kind: "idle" }
  | { kind: "preparing"; format: Format }
  | { kind: "done"; name: string }
  | { kind: "failed"; format: Format; message: string };

/** The report as a PDF to hand over, or as an editable slide deck (PPTX) to finish in slides. */
const FORMATS = {
  pdf: { path: "report", accept: "application/pdf", label: "Report (PDF)", what: "report" },
  slides: {
    path: "report/slides",
    accept: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "Slides (PPTX)",
    what: "slides",
  },
} as const;

/** The file name the server gave (Content-Disposition), or a plain one. */
function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "diagnostic-report.pdf";
}

/**
 * Downloads the diagnostic report of a chosen closed wave (the latest by default), as a PDF or as slides.
 * The file is fetched rather than linked so the page can say it is being prepared — drawing it takes a
 * few seconds — and say so if it fails.
 */
export function ReportDownload({ org, waves }: { org: string; waves: { id: string; name: string }[] }) {
  const [wave, setWave] = useState(waves[0]?.id ?? "");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const selectId = useId();
  const preparing = status.kind === "preparing";

  async function download(format: Format) {
    const { path, accept } = FORMATS[format];
    setStatus({ kind: "preparing", format });
    try {
      const response = await request(`/api/orgs/${org}/${path}${wave ? `?wave=${encodeURIComponent(wave)}` : ""}`, {
        accept,
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
      setStatus({ kind: "failed", format, message: asApiError(error).message });
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
      {(["pdf", "slides"] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button secondary small"
          onClick={() => download(format)}
          disabled={preparing}
          aria-describedby={`${selectId}-status`}
        >
          {status.kind === "preparing" && status.format === format
            ? `Preparing the ${FORMATS[format].what}…`
            : format === "pdf" && waves.length === 1
              ? `Report: ${waves[0]!.name} (PDF)`
              : FORMATS[format].label}
        </button>
      ))}
      <p id={`${selectId}-status`} className="report-status muted" aria-live="polite" role="status">
        {status.kind === "preparing"
          ? `Preparing the ${FORMATS[status.format].what}… this takes a few seconds.`
          : status.kind === "done"
            ? `Downloaded ${status.name}.`
            : ""}
      </p>
      {status.kind === "failed" && (
        <p className="report-status alert error" role="alert">
          The {FORMATS[status.format].what} could not be prepared: {status.message}
        </p>
      )}
    </div>
  );
}
