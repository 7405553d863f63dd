/** Who is asking, for the account routes' limits: the client's address (as every throttle derives it) and the configured limits. */
import "server-only";
import { throttleLimits } from "@/lib/auth/login-gate";
import { env } from "@/lib/config/server-env";
import { clientIp } from "@/lib/http/client-ip";

export function accountMailSource(request: Request) {
  return {
    ip: clientIp(request.headers, env.TRUST_PROXY),
    limits: { perEmail: env.ACCOUNT_MAILS_PER_EMAIL, perIp: env.ACCOUNT_MAILS_PER_IP },
  };
}

export function signInSource(request: Request) {
  return { ip: clientIp(request.headers, env.TRUST_PROXY), limits: throttleLimits };
}

/** The one answer to "send me a link", whether or not the address has an account. */
export const CHECK_YOUR_INBOX = {
  message: "Check your inbox: we have sent an email to the address you gave.",
} as const;
