/** Runs once when the server starts: a bad environment stops it here, naming the variable. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/config/validate-on-start");
    // Invitations by email are sent in the server process, so a send survives its request and a restart.
    await import("./lib/diagnostic/audience/sending/start-sender");
    // A large model's system view is read, analysed and built here, not in the first visit's request.
    await import("./lib/system-view/start-warm-up");
  }
}
