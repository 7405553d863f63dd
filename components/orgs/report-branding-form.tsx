"use client";

import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export type BrandingShown = {
  accent: string | null;
  preparedBy: string | null;
  logo: { type: string; bytes: number } | null;
};

const answer = z.object({
  accent: z.string().nullable(),
  preparedBy: z.string().nullable(),
  logo: z.object({ type: z.string(), bytes: z.number() }).nullable(),
});

/** The file's bytes as base64, in slices (a spread of 200 KB of bytes would overflow the call stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const describeLogo = (logo: BrandingShown["logo"]) =>
  logo ? `${logo.type === "image/png" ? "PNG" : "JPEG"}, ${Math.max(1, Math.round(logo.bytes / 1024))} KB` : null;

/** The diagnostic report's branding: its accent colour, the consultant's firm on the cover, and a logo. */
export function ReportBrandingForm({ org, branding }: { org: string; branding: BrandingShown }) {
  const [accent, setAccent] = useState(branding.accent ?? "");
  const [preparedBy, setPreparedBy] = useState(branding.preparedBy ?? "");
  const [saved, setSaved] = useState(branding);
  const form = useApiForm({
    send: async (data: FormData) => {
      const file = data.get("logo");
      const logo =
        file instanceof File && file.size > 0 ? await base64Of(file) : data.get("remove-logo") ? null : undefined;
      return api.put(`/api/orgs/${org}/report/branding`, { accent, preparedBy, logo }, answer);
    },
    onSuccess: (result) => {
      setSaved(result);
      setAccent(result.accent ?? "");
      setPreparedBy(result.preparedBy ?? "");
    },
    refresh: true,
  });
  const validAccent = /^#[0-9a-fA-F]{6}$/.test(accent.trim());
  return (
    <form onSubmit={form.onSubmit} aria-labelledby="branding-heading" key={saved.logo ? "with-logo" : "no-logo"}>
      <h2 id="branding-heading">Diagnostic report</h2>
      <p className="hint">
        How the report you download from the dashboard looks: headings and charts in your accent colour, your logo and
        your firm&apos;s name on the cover.
      </p>
      <FormError message={form.error?.message} />
      {form.succeeded && (
        <div className="alert success" role="status">
          Saved.
        </div>
      )}
      <div className="field">
        <label htmlFor="report-accent">Accent colour</label>
        <div className="branding-accent">
          <input
            id="report-accent"
            type="text"
            value={accent}
            onChange={(event) => setAccent(event.target.value)}
            placeholder="#0a5454"
            aria-describedby="report-accent-hint"
            aria-invalid={form.invalid("accent")}
            spellCheck={false}
            autoComplete="off"
          />
          <span
            className="branding-swatch"
            aria-hidden="true"
            style={{ background: validAccent ? accent.trim() : "transparent" }}
          />
        </div>
        <p className="hint" id="report-accent-hint">
          Six-digit hex, such as #0a5454. Leave empty for the report&apos;s own teal.
        </p>
      </div>
      <div className="field">
        <label htmlFor="report-prepared-by">Prepared by (your firm)</label>
        <input
          id="report-prepared-by"
          type="text"
          value={preparedBy}
          onChange={(event) => setPreparedBy(event.target.value)}
          maxLength={120}
          aria-invalid={form.invalid("preparedBy")}
          placeholder="Okafor & Partners"
        />
      </div>
      <div className="field">
        <label htmlFor="report-logo">Logo</label>
        <input
          id="report-logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby="report-logo-hint"
          aria-invalid={form.invalid("logo")}
        />
        <p className="hint" id="report-logo-hint">
          PNG or JPEG, at most 200 KB. {saved.logo ? `Now: ${describeLogo(saved.logo)}.` : "None yet."}
        </p>
        {saved.logo && (
          <label className="checkbox-inline">
            <input type="checkbox" name="remove-logo" /> Remove the logo
          </label>
        )}
      </div>
      <button className="button" type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
