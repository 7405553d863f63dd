/**
 * The diagnostic report as an editable slide deck (DESIGN §5): consultants finish their work in slides, so
 * the charts are PowerPoint's own (data editable in PowerPoint, Keynote and LibreOffice), not pictures.
 * Drawn with pptxgenjs — the well-kept library for writing PPTX in Node without a browser or an office suite.
 * The figures are the PDF report's (`gatherReport`), under the same anonymity rules: a hidden figure is
 * absent from the data, so it cannot reach a slide, a chart's data sheet or the notes.
 */
import PptxGenJS from "pptxgenjs";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import type { ReportData } from "../report-data";
import { summaryOfReport } from "../summary-of-report";

const INK = "14213D";
const SOFT = "5B6478";
const DEFAULT_ACCENT = "0F6E6E";
// Comparisons stay distinct whatever the accent: the previous wave in grey, leaders in orange.
const PREVIOUS = "8A94A8";
const LEADERS = "D97757";
const FONT = "Calibri";
const WIDTH = 13.333;

const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;
const SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low" } as Record<string, string>;

type Slide = PptxGenJS.Slide;

/** A slide of the content layout with its title in the title placeholder (what outlines and screen readers read). */
function contentSlide(deck: PptxGenJS, title: string, notes?: string): Slide {
  const slide = deck.addSlide({ masterName: "CONTENT" });
  slide.addText(title, { placeholder: "title" });
  if (notes) slide.addNotes(notes);
  return slide;
}

function body(
  slide: Slide,
  text: string | PptxGenJS.TextProps[],
  y: number,
  h: number,
  fontSize = 16,
  { x = 0.6, w = WIDTH - 1.2 } = {},
) {
  slide.addText(text, { x, y, w, h, fontFace: FONT, fontSize, color: INK, valign: "top" });
}

function tableRows(header: string[], rows: string[][], accent: string): PptxGenJS.TableRow[] {
  return [
    header.map((text) => ({ text, options: { bold: true, color: "FFFFFF", fill: { color: accent } } })),
    ...rows.map((row) => row.map((text) => ({ text }))),
  ];
}

function addTable(slide: Slide, accent: string, header: string[], rows: string[][], colW: number[], y = 1.5) {
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

export async function renderSlides(data: ReportData): Promise<Buffer> {
  const { diagnostic, model, branding } = data;
  // The organisation's accent (Settings) colours the cover, headings of tables and this wave's series.
  const CURRENT = branding.accent ? branding.accent.slice(1).toUpperCase() : DEFAULT_ACCENT;
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

  // The cover.
  const cover = deck.addSlide();
  cover.background = { color: CURRENT };
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

  // The 3P results.
  const three = contentSlide(deck, "The 3P diagnostic");
  if (!diagnostic.wave) body(three, "No wave of the diagnostic has opened yet.", 1.5, 1);
  else if (!diagnostic.shown || !diagnostic.dimensions) body(three, diagnostic.hiddenReason ?? "Hidden.", 1.5, 1);
  else {
    const dimensions = diagnostic.dimensions;
    const change = (measure: string) => diagnostic.deltas.find((d) => d.measure === measure)?.delta;
    const lines = DIMENSIONS.map((d) => {
      const figure = dimensions[d];
      const delta = change(d);
      return `${DIMENSION_NAMES[d]}: ${figure.shown ? figure.index : "hidden"}${delta === undefined ? "" : ` (${signed(delta)})`}`;
    });
    three.addText(String(diagnostic.index3P ?? "–"), {
      x: 0.6,
      y: 1.5,
      w: 4.5,
      h: 1.4,
      fontFace: FONT,
      fontSize: 72,
      bold: true,
      color: CURRENT,
    });
    const since = change("3P");
    body(
      three,
      [
        `3P index (0–100) · ${diagnostic.respondents} respondents`,
        diagnostic.previousWave && since !== undefined ? `${signed(since)} since ${diagnostic.previousWave}` : "",
        "",
        ...lines,
      ]
        .filter((line, i) => line !== "" || i === 2)
        .join("\n"),
      3.0,
      3.6,
    );
    const shownDimensions = DIMENSIONS.filter((d) => dimensions[d].shown);
    if (shownDimensions.length === DIMENSIONS.length) {
      const series = [
        {
          name: diagnostic.wave.name,
          labels: shownDimensions.map((d) => DIMENSION_NAMES[d]),
          values: shownDimensions.map((d) => (dimensions[d] as { index: number }).index),
        },
      ];
      const previous = shownDimensions.map((d) => {
        const delta = change(d);
        return delta === undefined ? null : Math.round(((dimensions[d] as { index: number }).index - delta) * 10) / 10;
      });
      if (diagnostic.previousWave && previous.every((v) => v !== null))
        series.push({ name: diagnostic.previousWave, labels: series[0]!.labels, values: previous as number[] });
      three.addChart(deck.ChartType.radar, series, {
        x: 5.6,
        y: 1.3,
        w: 7.1,
        h: 5.5,
        radarStyle: "standard",
        chartColors: [CURRENT, PREVIOUS],
        lineSize: 2,
        showLegend: true,
        legendPos: "b",
        legendFontSize: 14,
        catAxisLabelFontSize: 14,
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        altText: `The three dimensions: ${lines.join(", ")}.`,
      });
    }
    three.addNotes(`3P index ${diagnostic.index3P}. ${lines.join(". ")}.`);
  }

  // Leaders and frontline.
  if (diagnostic.shown && diagnostic.gaps.length > 0) {
    const shownGaps = diagnostic.gaps.filter((g) => g.shown);
    const gaps = contentSlide(deck, "Leaders and frontline");
    if (shownGaps.length > 0) {
      const labels = shownGaps.map((g) => DIMENSION_NAMES[g.dimension]);
      gaps.addChart(
        deck.ChartType.bar,
        [
          { name: "Leaders", labels, values: shownGaps.map((g) => g.leader) },
          { name: "Frontline", labels, values: shownGaps.map((g) => g.frontline) },
        ],
        {
          x: 0.6,
          y: 1.4,
          w: 7.4,
          h: 5.3,
          barDir: "col",
          barGrouping: "clustered",
          chartColors: [LEADERS, CURRENT],
          showLegend: true,
          legendPos: "b",
          showValue: true,
          valAxisMinVal: 0,
          valAxisMaxVal: 100,
          altText: shownGaps
            .map((g) => `${DIMENSION_NAMES[g.dimension]}: leaders ${g.leader}, frontline ${g.frontline}`)
            .join("; "),
        },
      );
    }
    // The sentences sit beside the chart when there is one.
    body(
      gaps,
      diagnostic.gaps
        .map((g) =>
          g.shown
            ? `${DIMENSION_NAMES[g.dimension]}: ${signed(g.gap)}${g.calledOut ? (g.gap > 0 ? " — leaders see it rosier" : " — the frontline sees it rosier") : ""}`
            : `${DIMENSION_NAMES[g.dimension]}: ${g.reason}`,
        )
        .join("\n\n"),
      1.5,
      5,
      16,
      shownGaps.length > 0 ? { x: 8.3, w: WIDTH - 8.9 } : {},
    );
  }

  // By department.
  if (data.departments.length > 0) {
    const shown = data.departments.filter((d) => d.segment.shown);
    const hidden = data.departments.filter((d) => !d.segment.shown);
    const departments = contentSlide(deck, "The 3P dimensions by department");
    if (shown.length > 0) {
      const labels = shown.map((d) => d.name);
      departments.addChart(
        deck.ChartType.bar,
        DIMENSIONS.map((dimension) => ({
          name: DIMENSION_NAMES[dimension],
          labels,
          values: shown.map(({ segment }) => {
            const figure = segment.shown ? segment.dimensions[dimension] : null;
            return figure?.shown ? figure.index : 0;
          }),
        })),
        {
          x: 0.6,
          y: 1.4,
          w: WIDTH - 1.2,
          h: hidden.length > 0 ? 4.7 : 5.4,
          barDir: "col",
          barGrouping: "clustered",
          chartColors: ["0F6E6E", "D97757", "7B4FB3"],
          showLegend: true,
          legendPos: "b",
          valAxisMinVal: 0,
          valAxisMaxVal: 100,
          altText: `The three dimensions in ${labels.join(", ")}.`,
        },
      );
    }
    if (hidden.length > 0)
      body(
        departments,
        `Not shown, to protect respondents: ${hidden.map((d) => d.name).join(", ")} (${hidden[0]!.segment.shown ? "" : hidden[0]!.segment.reason.replace(/^Hidden: /, "")})`,
        6.2,
        0.7,
        13,
      );
  }

  // The statements that did best and worst (favourable share), from the whole scope's figures.
  const text = new Map(data.statements.map((st) => [st.key, st.text]));
  const rated = (data.total?.shown ? data.total.items : []).flatMap((item) =>
    item.shown
      ? [{ text: text.get(item.key) ?? item.key, dimension: item.dimension, favourable: item.favourable, n: item.n }]
      : [],
  );
  if (rated.length > 0) {
    const ordered = [...rated].sort((a, b) => b.favourable - a.favourable);
    const shown = ordered.length <= 10 ? ordered : [...ordered.slice(0, 5), ...ordered.slice(-5)];
    const statements = contentSlide(
      deck,
      ordered.length <= 10 ? "Statements" : "The five strongest and five weakest statements",
    );
    addTable(
      statements,
      CURRENT,
      ["Statement", "Dimension", "Favourable", "n"],
      shown.map((st) => [st.text, DIMENSION_NAMES[st.dimension], `${st.favourable} %`, String(st.n)]),
      [8.0, 1.7, 1.5, 0.93],
    );
  }

  // Alignment.
  const alignment = contentSlide(deck, "Alignment by department");
  const aligned = model.alignment.parts.filter((p) => p.index !== null);
  body(
    alignment,
    `Alignment index ${model.alignment.index ?? "–"} (0–100): the share of approved behaviours that no KPI, process or system works against.`,
    1.3,
    0.8,
  );
  if (aligned.length > 0)
    alignment.addChart(
      deck.ChartType.bar,
      // PowerPoint draws a bar chart's categories bottom-up: reversed, they read top-down as on the dashboard.
      [
        {
          name: "Alignment index",
          labels: aligned.map((p) => p.name).reverse(),
          values: aligned.map((p) => p.index!).reverse(),
        },
      ],
      {
        x: 0.6,
        y: 2.1,
        w: WIDTH - 1.2,
        h: 4.2,
        barDir: "bar",
        chartColors: [CURRENT],
        showValue: true,
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        altText: aligned.map((p) => `${p.name} ${p.index}`).join(", "),
      },
    );
  const unrated = model.alignment.parts.filter((p) => p.index === null);
  if (unrated.length > 0)
    body(alignment, `No approved behaviours yet: ${unrated.map((p) => p.name).join(", ")}.`, 6.35, 0.5, 13);

  // Findings.
  const findings = contentSlide(deck, "Top findings");
  if (data.findings.length === 0) body(findings, "No open findings.", 1.5, 1);
  else
    addTable(
      findings,
      CURRENT,
      ["Severity", "Rule", "Finding"],
      data.findings.map((f) => [SEVERITY[f.severity] ?? f.severity, f.rule, f.sentence]),
      [1.4, 1.0, WIDTH - 1.2 - 2.4],
    );

  // Stories.
  const stories = model.stories.inScope.slice(0, 3);
  if (stories.length > 0) {
    const slide = contentSlide(deck, "Customers in their own words");
    stories.forEach((story, i) => {
      slide.addText(
        [
          { text: `“${story.narrative}”`, options: { italic: true, fontSize: 16, breakLine: true } },
          {
            text: `${story.customer}${story.pseudonym ? " (name changed)" : ""} · ${story.sentiment === "positive" ? "a good experience" : "a bad experience"}`,
            options: { fontSize: 12, color: SOFT },
          },
        ],
        { x: 0.6, y: 1.4 + i * 1.85, w: WIDTH - 1.2, h: 1.7, fontFace: FONT, color: INK, valign: "top" },
      );
    });
  }

  // Actions.
  const actions = contentSlide(deck, "Action items");
  if (model.actions.items.length === 0) body(actions, "No action items yet.", 1.5, 1);
  else
    addTable(
      actions,
      CURRENT,
      ["Action", "Owner", "Due", "Status"],
      model.actions.items.map((a) => [
        a.title,
        a.owner ?? "",
        a.due ?? "",
        `${a.status.replace("_", " ")}${a.overdue ? ", overdue" : ""}`,
      ]),
      [6.2, 3.0, 1.5, 1.43],
    );

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
