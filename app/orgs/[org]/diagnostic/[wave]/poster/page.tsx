import type { Metadata } from "next";
import { createTranslator } from "next-intl";
import { PosterSheet, type PosterTexts } from "@/components/diagnostic/poster-sheet";
import { orgPage } from "@/lib/access/page-gates";
import { appLink } from "@/lib/config/app-link";
import { getPoster } from "@/lib/diagnostic/waves/get-poster";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import nl from "@/messages/nl.json";

export const metadata: Metadata = { title: "Poster" };

const CATALOGS = { en, fr, de, nl, es } satisfies Record<Locale, unknown>;

/**
 * A printable A4 poster for the wave's shared link, in any of the respondents' languages. The link's
 * secret stays in the address's fragment (after #), which browsers never send: the page reads it and
 * draws its QR code in the browser.
 */
export default orgPage<{ wave: string }>("diagnostic:manage", async (access, { wave: waveId }) => {
  const poster = await getPoster(access, waveId);
  const texts = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "Survey.poster" });
      return [
        locale,
        {
          title: t("title"),
          what: t("what", { count: poster.statements, minutes: poster.minutes }),
          anonymity: t("anonymity", { k: poster.wave.k }),
          verified: poster.wave.sharedLinkMode === "verified" ? t("verified") : null,
          scan: t("scan"),
          qr: t("qr"),
        },
      ];
    }),
  ) as Record<Locale, PosterTexts>;
  return (
    <PosterSheet
      organisation={poster.organisation}
      waveName={poster.wave.name}
      open={poster.wave.status === "open"}
      linkBase={appLink("/s/shared/")}
      texts={texts}
    />
  );
});
