import { mailTextInput } from "@/lib/diagnostic/audience/input";
import { getMailTexts, saveMailText } from "@/lib/diagnostic/audience/mail-texts";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

export const GET = orgRoute<{ org: string; wave: string }>("diagnostic:manage", (_request, access, params) =>
  getMailTexts(access, params.wave),
);

/** The invitation or reminder text of the wave (subject and body with merge fields). */
export const PUT = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  await saveMailText(access, params.wave, await parseJsonBody(request, mailTextInput));
  return getMailTexts(access, params.wave);
});
