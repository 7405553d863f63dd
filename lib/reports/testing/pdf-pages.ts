/** A rendered PDF read back with poppler (pdftotext, pdftoppm, pdfimages): its pages' text, ink and images. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type PdfPage = { number: number; lines: string[]; text: string };

export type ReadPdf = {
  pages: PdfPage[];
  /** Share of non-white pixels (0–1) in a region of a page given in fractions of its width and height. */
  ink: (page: number, region: { top: number; bottom: number; left?: number; right?: number }) => number;
  /** How many raster images a page holds. */
  images: (page: number) => number;
  close: () => void;
};

/** Reads a PDF; with `keepPngsIn`, also writes each page as PNG there (to look at). */
export function readPdf(pdf: Buffer, keepPngsIn?: string): ReadPdf {
  const dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, pdf);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  const pages: PdfPage[] = [];
  for (let n = 1; n <= count; n++) {
    const text = execFileSync("pdftotext", ["-layout", "-f", String(n), "-l", String(n), file, "-"], {
      encoding: "utf8",
    });
    pages.push({
      number: n,
      text,
      lines: text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    });
  }
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(dir, "page")]);
  // The same pages in grey (PGM: a header, then one byte a pixel) to count ink without an image library.
  execFileSync("pdftoppm", ["-gray", "-r", "60", file, path.join(dir, "grey")]);
  const greys = readdirSync(dir)
    .filter((f) => f.startsWith("grey"))
    .sort();
  if (keepPngsIn) {
    mkdirSync(keepPngsIn, { recursive: true });
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".png")))
      copyFileSync(path.join(dir, f), path.join(keepPngsIn, f));
  }
  const imageList = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter(Boolean);
  return {
    pages,
    ink: (page, region) => {
      const bytes = readFileSync(path.join(dir, greys[page - 1]!));
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString("latin1"))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const offset = header[0].length;
      const [x0, x1] = [Math.floor((region.left ?? 0) * width), Math.floor((region.right ?? 1) * width)];
      const [y0, y1] = [Math.floor(region.top * height), Math.floor(region.bottom * height)];
      let inked = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (bytes[offset + y * width + x]! < 235) inked++;
      return inked / ((x1 - x0) * (y1 - y0));
    },
    images: (page) => imageList.filter((line) => Number(line.trim().split(/\s+/)[0]) === page).length,
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Each page's text as drawn, one string per run (pdf.js, through unpdf): slanted labels, which pdftotext
 * breaks into single letters, read whole here.
 */
export async function drawnText(pdf: Buffer): Promise<string[][]> {
  const { getDocumentProxy } = await import("unpdf");
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: string[][] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ("str" in item && item.str.trim() !== "" ? [item.str] : [])));
  }
  await document.destroy();
  return pages;
}
