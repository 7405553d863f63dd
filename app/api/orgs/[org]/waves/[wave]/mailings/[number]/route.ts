import { mailingNumber } from "@/lib/diagnostic/audience/input";
import { cancelMailing } from "@/lib/diagnostic/audience/schedule-mailing";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Cancel a mailing that has not begun (0: the invitations; 1–3: a reminder). */
export const DELETE = orgRoute<{ org: string; wave: string; number: string }>(
  "diagnostic:manage",
  async (_request, access, params) => {
    const { number } = parseInput(mailingNumber, { number: params.number });
    await cancelMailing(access, params.wave, number);
    return { cancelled: number };
  },
);
