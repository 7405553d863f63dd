/**
 * The diagnostic report as an editable slide deck (DESIGN §5): consultants finish their work in slides, so
 * the charts are PowerPoint's own (data editable in PowerPoint, Keynote and LibreOffice), not pictures.
 * Drawn with pptxgenjs — the well-kept library for writing PPTX in Node without a browser or an office suite.
 * The figures are the PDF report's (`gatherReport`), under the same anonymity rules: a hidden figure is
 * absent from the data, so it cannot reach a slide, a chart's data sheet or the notes.
 */
import type { ReportData } from "../report-data";
import { summaryOfReport } from "../summary-of-report";
import { addModelSlides } from "./model-slides";
import { addResultsSlides } from "./results-slides";
import { FONT, WIDTH, body, contentSlide, startDeck } from "./slide-kit";

export async function renderSlides(data: ReportData): Promise<Buffer> {
  const { diagnostic, branding } = data;
  const kit = startDeck(data);
  const { deck, accent } = kit;

  // The cover.
  const cover = deck.addSlide();
  cover.background = { color: accent };
  cover.addText(`${data.organisation}: diagnostic report`, {
    x: 0.8,
    y: 2.3,
    w: WIDTH - 1.6,
    h: 1.4,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: "FFFFFF",
  });
  const dates = [data.waveDates.opensOn, data.waveDates.closesOn].filter(Boolean).join(" to ");
  cover.addText(
    [
      diagnostic.wave ? `Wave: ${diagnostic.wave.name}${dates ? ` (${dates})` : ""}` : "No wave yet",
      `Report of ${data.generatedOn}`,
      branding.preparedBy ? `Prepared by ${branding.preparedBy}` : "",
      diagnostic.limitedTo ? "Limited to the departments of the person who downloaded it" : "",
    ]
      .filter(Boolean)
      .join("\n"),
    { x: 0.8, y: 3.8, w: WIDTH - 1.6, h: 1.6, fontFace: FONT, fontSize: 20, color: "FFFFFF", valign: "top" },
  );
  if (branding.logo)
    cover.addImage({
      data: `${branding.logo.type};base64,${Buffer.from(branding.logo.bytes).toString("base64")}`,
      x: 0.8,
      y: 0.6,
      h: 1.1,
      w: 2.2,
      sizing: { type: "contain", w: 2.2, h: 1.1 },
      altText: `${branding.preparedBy ?? data.organisation} logo`,
    });

  // What most needs attention, in sentences written from the figures (the PDF's executive summary).
  const sentences = summaryOfReport(data);
  const summary = contentSlide(deck, "What most needs attention");
  body(
    summary,
    sentences.length === 0
      ? "Not enough is shown yet to say."
      : sentences.map((text, i) => ({ text: `${i + 1}. ${text}`, options: { breakLine: true, paraSpaceAfter: 14 } })),
    1.5,
    5.2,
    20,
  );

  addResultsSlides(kit, data);
  addModelSlides(kit, data);

  // Anonymity.
  const anonymity = contentSlide(deck, "How anonymity was protected");
  const hiddenDepartments = data.departments.filter((d) => !d.segment.shown).length;
  body(
    anonymity,
    [
      `Figures are shown only for groups of at least ${data.k ?? "k"} people${data.k ? " (the anonymity threshold k)" : ""}, so that no answer can be traced to a person; the same groups are shown in every view, export and this deck.`,
      hiddenDepartments > 0
        ? `${hiddenDepartments} department${hiddenDepartments === 1 ? " is" : "s are"} not shown because too few people answered there.`
        : "Every department had enough respondents to be shown.",
      diagnostic.limitedTo ? "This deck is limited to the departments of the person who downloaded it." : "",
    ]
      .filter(Boolean)
      .join("\n\n"),
    1.5,
    4,
    18,
  );

  return (await deck.write({ outputType: "nodebuffer" })) as Buffer;
}
