import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { publicPage } from "@/lib/access/page-gates";
import { loadReceipt } from "@/lib/obstacles/public-reads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Obstacle.receipt");
  // The respondent layout's title stops the root template from reaching here: the suffix is written out.
  return { title: { absolute: `${t("title")} · Throughline` }, robots: { index: false } };
}

/** A reporter's receipt (no account): the report's status and the answer — nothing else. */
export default publicPage<{ token: string }>(async ({ token }) => {
  const [receipt, t] = await Promise.all([loadReceipt(token), getTranslations("Obstacle.receipt")]);
  return (
    <main className="survey-page">
      <div className="survey-card">
        <h1>{t("title")}</h1>
        <p>{t("intro", { organisation: receipt.organisation })}</p>
        <h2>{t("status")}</h2>
        <p data-testid="receipt-status">{t(receipt.status)}</p>
        <h2>{t("answer")}</h2>
        <p data-testid="receipt-answer">{receipt.answer ?? t("noAnswer")}</p>
      </div>
    </main>
  );
});
