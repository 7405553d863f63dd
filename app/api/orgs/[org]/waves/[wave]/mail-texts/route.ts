import { mailTextInput, mailTextsQuery } from "@/lib/diagnostic/audience/input";
import { getMailTexts, saveMailText } from "@/lib/diagnostic/audience/mail-texts";
import { parseInput, parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** The wave's invitation and reminder texts in one language (`?language=fr`; English by default). */
export const GET = orgRoute<{ org: string; wave: string }>("diagnostic:manage", (request, access, params) => {
  const { language } = parseInput(mailTextsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return getMailTexts(access, params.wave, language);
});

/** The invitation or reminder text of the wave in one language (subject and body with merge fields). */
export const PUT = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const input = await parseJsonBody(request, mailTextInput);
  await saveMailText(access, params.wave, input);
  return getMailTexts(access, params.wave, input.language);
});
