import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicObstacleForm } from "@/components/obstacles/public-obstacle-form";
import { publicPage } from "@/lib/access/page-gates";
import { loadObstacleLink } from "@/lib/obstacles/public-reads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Obstacle");
  // The respondent layout's title stops the root template from reaching here: the suffix is written out.
  return { title: { absolute: `${t("title")} · Throughline` }, robots: { index: false } };
}

/** The obstacle link (no account): anyone in the organisation reports an obstacle, anonymously. */
export default publicPage<{ token: string }>(async ({ token }) => {
  const [link, t] = await Promise.all([loadObstacleLink(token), getTranslations("Obstacle")]);
  return (
    <main className="survey-page">
      <div className="survey-card">
        <h1>{t("title")}</h1>
        <p>{t("intro", { organisation: link.organisation })}</p>
        <PublicObstacleForm token={token} stages={link.stages} />
      </div>
    </main>
  );
});
