import { endThisSession } from "@/lib/auth/end-this-session";
import { endKioskCookie, kioskCookie, kioskCookieOf } from "@/lib/diagnostic/kiosk/kiosk-pass";
import { endKiosk, startKiosk } from "@/lib/diagnostic/kiosk/start-kiosk";
import { orgRoute } from "@/lib/access/route-gates";
import { loadEnv } from "@/lib/config/load-env";

// As next-auth decides it (its cookie names depend on it): from the public address, not from the request, which
// behind a TLS-ending proxy arrives as plain http.
const isSecure = () => loadEnv().NEXTAUTH_URL.startsWith("https:");

/**
 * Makes this browser a kiosk for the wave and signs the manager out of it (the tablet is handed to
 * respondents); answers where the kiosk is.
 */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const { pass } = await startKiosk(access, params.wave);
  const secure = isSecure();
  const headers = new Headers();
  headers.append("set-cookie", kioskCookie(pass, secure));
  for (const cleared of await endThisSession(secure)) headers.append("set-cookie", cleared);
  return Response.json({ kiosk: `/s/kiosk/${encodeURIComponent(params.wave)}` }, { headers });
});

/** Ends the kiosk on this browser (a manager signed in on it again). */
export const DELETE = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  await endKiosk(access, params.wave, kioskCookieOf(request.headers.get("cookie")));
  return new Response(null, { status: 204, headers: { "set-cookie": endKioskCookie(isSecure()) } });
});
