import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Throughline", template: "%s · Throughline" },
  description: "Customer-centricity assessment and KPI alignment",
};

// Every page reads the session or the database, and the CSP nonce is per request.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The respondent screens speak the respondent's language (lib/i18n); every other page is English.
    <html lang={await getLocale()}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
