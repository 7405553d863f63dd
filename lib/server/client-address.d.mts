export function parseTrustProxy(value: string | undefined): number;
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string;
