import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderSlides } from "./render-slides";
import { sampleReportData } from "../testing/sample-report";

/** Each slide's title — the text of its title placeholder — in order. */
async function titles(zip: JSZip): Promise<string[]> {
  const slides = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return Promise.all(
    slides.map(async (name) => {
      const xml = await zip.file(name)!.async("string");
      const shape = xml
        .split("<p:sp>")
        .map((sp) => sp.split("</p:sp>")[0]!)
        .find((sp) => /<p:ph[^>]*type="title"/.test(sp));
      return shape ? [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("") : "";
    }),
  );
}

describe("the diagnostic report as slides", () => {
  it("is a deck a presentation program opens: a cover, then one titled slide per section, with native charts", async () => {
    const deck = await renderSlides(sampleReportData());
    const zip = await JSZip.loadAsync(deck);
    expect(Object.keys(zip.files)).toContain("[Content_Types].xml");
    expect(await titles(zip)).toEqual([
      "",
      "What most needs attention",
      "The 3P diagnostic",
      "Leaders and frontline",
      "The 3P dimensions by department",
      "Statements",
      "Alignment by department",
      "Top findings",
      "Customers in their own words",
      "Action items",
      "How anonymity was protected",
    ]);
    const cover = await zip.file("ppt/slides/slide1.xml")!.async("string");
    expect(cover).toContain("Harbour Mutual Łódź: diagnostic report");
    expect(cover).toContain("Wave: Autumn 2026 (2026-10-01 to 2026-10-31)");
    expect(cover).toContain("Prepared by Northlight Consulting");
    // The organisation's accent colours the cover.
    expect(cover).toContain('<a:srgbClr val="7A3E9D"/>');
    // The summary says what most needs attention, with its numbers, as the PDF does.
    const summary = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(summary).toMatch(/1\. [^<]*\d/);

    // Editable charts: the radar (this wave and the previous), the gaps, departments and alignment.
    const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(4);
    const chartXml = await Promise.all(charts.map((name) => zip.file(name)!.async("string")));
    const radar = chartXml.find((xml) => xml.includes("<c:radarChart>"));
    expect(radar).toContain("Spring 2026");
    expect(radar).toContain("<c:v>49.3</c:v>");
  });

  it("never carries a hidden group's figures: not on a slide, in a chart's data or in the notes", async () => {
    const data = sampleReportData();
    const deck = await renderSlides(data);
    const zip = await JSZip.loadAsync(deck);
    const everything = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => name.endsWith(".xml"))
          .map((name) => zip.file(name)!.async("string")),
      )
    )
      .join("\n")
      // The words as a reader sees them: tables are written a run per word.
      .replace(/<[^>]+>/g, "");
    // IT is named as hidden, never charted.
    expect(everything).toContain("Not shown, to protect respondents: IT");
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const byDepartment = charts.find((xml) => xml.includes("<c:v>Possible</c:v>") && xml.includes("<c:v>Claims</c:v>"));
    expect(byDepartment).toContain("<c:v>52.9</c:v>");
    expect(byDepartment).not.toContain("<c:v>IT</c:v>");
    // The hidden leader–frontline comparison is said to be hidden, with why.
    expect(everything).toContain("Possible: Hidden for leaders: fewer than 5 respondents");
    expect(everything).toContain("1 department is not shown because too few people answered there.");
    expect(everything).toContain("groups of at least 5 people (the anonymity threshold k)");
    // A statement hidden for too few answers is left out of the statements slide.
    expect(everything).toContain("Our processes make it easy to do the right thing.");
    expect(everything).not.toContain("I often have to work around our own rules.");
  });
});
