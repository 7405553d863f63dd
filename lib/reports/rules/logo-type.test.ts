import { describe, expect, it } from "vitest";
import { logoType } from "./logo-type";

describe("a logo's type, by its bytes", () => {
  it("knows PNG and JPEG by their signatures", () => {
    expect(logoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(logoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever it is called: GIF, SVG, a PDF, a bare signature, nothing", () => {
    expect(logoType(new TextEncoder().encode("GIF89a…"))).toBeNull();
    expect(logoType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(logoType(new TextEncoder().encode("%PDF-1.7"))).toBeNull();
    expect(logoType(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
    expect(logoType(new Uint8Array([]))).toBeNull();
  });
});
