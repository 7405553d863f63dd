/** The diagnostic's slides: the 3P results against the previous wave, leaders and frontline, departments, statements. */
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import type { ReportData } from "../report-data";
import { departmentsInFocus } from "../rules/departments-in-focus";
import { FONT, LEADERS, PREVIOUS, WIDTH, addTable, body, contentSlide, signed, type Deck } from "./slide-kit";

export function addResultsSlides({ deck, accent }: Deck, data: ReportData) {
  const { diagnostic } = data;
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
      color: accent,
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
        chartColors: [accent, PREVIOUS],
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
          chartColors: [LEADERS, accent],
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
    // As many clusters of three columns as stay readable across a slide.
    const focus = departmentsInFocus(data.departments, 12);
    const shown = focus.departments.filter((d) => d.segment.shown);
    const hidden = focus.departments.filter((d) => !d.segment.shown);
    const footnote = [
      hidden.length > 0
        ? `Not shown, to protect respondents: ${hidden.map((d) => d.name).join(", ")} (${hidden[0]!.segment.shown ? "" : hidden[0]!.segment.reason.replace(/^Hidden: /, "")}).`
        : null,
      focus.note,
    ]
      .filter(Boolean)
      .join(" ");
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
          h: footnote ? 4.7 : 5.4,
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
    if (footnote) body(departments, footnote, 6.2, 0.9, 12);
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
      accent,
      ["Statement", "Dimension", "Favourable", "n"],
      shown.map((st) => [st.text, DIMENSION_NAMES[st.dimension], `${st.favourable} %`, String(st.n)]),
      [8.0, 1.7, 1.5, 0.93],
    );
  }
}
