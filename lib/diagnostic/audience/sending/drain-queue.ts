/** Workers that take a batch of queued mails at a time and send each, until none is left; counts the outcomes. */
export type SendCounts = { sent: number; failed: number };
export type Claimed = { id: string; claimedAt: Date };
export type Outcome = "sent" | "failed" | "skipped";

export async function drainQueue(
  claimBatch: (size: number) => Promise<Claimed[]>,
  send: (claim: Claimed) => Promise<Outcome>,
  { batch = 25, concurrency = 1 }: { batch?: number; concurrency?: number },
): Promise<SendCounts> {
  const counts: SendCounts = { sent: 0, failed: 0 };
  const worker = async () => {
    for (;;) {
      const claimed = await claimBatch(batch);
      if (claimed.length === 0) return;
      for (const claim of claimed) {
        const outcome = await send(claim);
        if (outcome === "sent") counts.sent++;
        else if (outcome === "failed") counts.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return counts;
}
