import QRCode from "qrcode";

/** An address as people type it: without the scheme. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, "");
}

/**
 * A QR code to add a story about a stage from a phone, drawn as SVG on the server (no script, sharp at any
 * size on a wall), and the same address in print for anyone without a camera. The address is the ordinary
 * new-story page: opening it asks for sign-in like any other page.
 */
export async function StoryQrCode({ url, stageName }: { url: string; stageName: string }) {
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div className="room-qr" data-testid="room-qr">
      <a href={url} className="room-qr-code">
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated SVG data URL, not an optimisable asset */}
        <img
          src={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`}
          alt={`QR code: add a story about ${stageName} from your phone`}
          width={120}
          height={120}
        />
      </a>
      <p>
        <strong>Heard a story about {stageName}?</strong> Scan to add it from your phone, or go to{" "}
        <span className="room-qr-address">{shortAddress(url)}</span>
      </p>
    </div>
  );
}
