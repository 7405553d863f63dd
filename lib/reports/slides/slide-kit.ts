/** The deck's page: its size, type, colours, the content layout with a title placeholder, and text and tables on it. */
import PptxGenJS from "pptxgenjs";
import type { ReportData } from "../report-data";

export const INK = "14213D";
export const SOFT = "5B6478";
export const DEFAULT_ACCENT = "0F6E6E";
// Comparisons stay distinct whatever the accent: the previous wave in grey, leaders in orange.
export const PREVIOUS = "8A94A8";
export const LEADERS = "D97757";
export const FONT = "Calibri";
export const WIDTH = 13.333;

export const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;
export const SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low" } as Record<string, string>;

export type Slide = PptxGenJS.Slide;

/** A slide of the content layout with its title in the title placeholder (what outlines and screen readers read). */
export function contentSlide(deck: PptxGenJS, title: string, notes?: string): Slide {
  const slide = deck.addSlide({ masterName: "CONTENT" });
  slide.addText(title, { placeholder: "title" });
  if (notes) slide.addNotes(notes);
  return slide;
}

export function body(
  slide: Slide,
  text: string | PptxGenJS.TextProps[],
  y: number,
  h: number,
  fontSize = 16,
  { x = 0.6, w = WIDTH - 1.2 } = {},
) {
  slide.addText(text, { x, y, w, h, fontFace: FONT, fontSize, color: INK, valign: "top" });
}

export function tableRows(header: string[], rows: string[][], accent: string): PptxGenJS.TableRow[] {
  return [
    header.map((text) => ({ text, options: { bold: true, color: "FFFFFF", fill: { color: accent } } })),
    ...rows.map((row) => row.map((text) => ({ text }))),
  ];
}

export function addTable(slide: Slide, accent: string, header: string[], rows: string[][], colW: number[], y = 1.5) {
  slide.addTable(tableRows(header, rows, accent), {
    x: 0.6,
    y,
    w: WIDTH - 1.2,
    colW,
    fontFace: FONT,
    fontSize: 12,
    color: INK,
    border: { type: "solid", pt: 0.5, color: "DFE3EA" },
    autoPage: true,
    autoPageRepeatHeader: true,
    autoPageHeaderRows: 1,
  });
}

/** The slides so far and the organisation's accent (Settings), which colours the cover, table heads and this wave's series. */
export type Deck = { deck: PptxGenJS; accent: string };

export function startDeck(data: ReportData): Deck {
  const accent = data.branding.accent ? data.branding.accent.slice(1).toUpperCase() : DEFAULT_ACCENT;
  const deck = new PptxGenJS();
  deck.layout = "LAYOUT_WIDE";
  deck.title = `${data.organisation}: diagnostic report`;
  deck.subject = "The 3P diagnostic and the alignment of KPIs, processes and systems";
  deck.company = data.organisation;
  deck.author = "Throughline";
  deck.defineSlideMaster({
    title: "CONTENT",
    background: { color: "FFFFFF" },
    objects: [
      {
        placeholder: {
          options: {
            name: "title",
            type: "title",
            x: 0.6,
            y: 0.3,
            w: WIDTH - 1.2,
            h: 0.9,
            fontFace: FONT,
            fontSize: 28,
            bold: true,
            color: INK,
            align: "left",
            valign: "middle",
          },
          text: "",
        },
      },
      { text: { text: data.organisation, options: { x: 0.6, y: 7.0, w: 8, h: 0.3, fontSize: 10, color: SOFT } } },
    ],
    slideNumber: { x: WIDTH - 1.2, y: 7.0, w: 0.6, h: 0.3, fontSize: 10, color: SOFT },
  });
  return { deck, accent };
}
