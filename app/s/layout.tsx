import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/survey/language-picker";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Survey");
  return { title: t("title"), robots: { index: false } };
}

/** The respondent screens, in the respondent's language (lib/i18n/request.ts negotiates it). */
export default async function SurveyLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Survey: messages.Survey, Obstacle: messages.Obstacle }}>
      <header className="survey-header">
        <LanguagePicker />
      </header>
      {children}
    </NextIntlClientProvider>
  );
}
