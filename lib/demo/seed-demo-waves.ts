/**
 * The demo's diagnostic: two closed waves and one open wave of generated respondents with realistic
 * patterns — leaders rosier than the frontline, Possible lowest, a small improvement between waves, a
 * department too small to show, and one under 60 % participation.
 */
import { writeResponses, type ResponseToWrite } from "@/lib/diagnostic/write-responses";
import { publishResults } from "@/lib/diagnostic/results/publish-results";
import { DEFAULT_INSTRUMENT } from "@/lib/diagnostic/default-instrument";
import type { Level } from "@/lib/diagnostic/rules/scoring";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import type { OrgAccess } from "@/lib/access/org-access";

const DEPARTMENTS = [
  { key: "contact", invited: 60, answered: 48 },
  { key: "claims", invited: 40, answered: 31 },
  { key: "billing", invited: 20, answered: 11 },
  { key: "logistics", invited: 15, answered: 10 },
  { key: "marketing", invited: 12, answered: 9 },
  { key: "it", invited: 5, answered: 3 },
];
const BASE = { practical: 3.3, personal: 3.0, possible: 2.6 } as const;
const LEVEL_LIFT: Record<Level, number> = { leader: 0.9, manager: 0.35, frontline: 0 };

function random(seed: number) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function fillWave(access: OrgAccess, waveId: string, seed: number, improvement: number, share: number) {
  const { db } = access;
  const rnd = random(seed);
  const items = await db.instrumentItem.findMany({ where: { instrument: { waves: { some: { id: waveId } } } } });
  const responses: ResponseToWrite[] = [];
  const invitations: { tokenHash: string; department: string; submitted: boolean }[] = [];
  for (const department of DEPARTMENTS) {
    const answered = Math.round(department.answered * share);
    for (let i = 0; i < department.invited; i++) {
      invitations.push({ tokenHash: newSurveyToken().tokenHash, department: department.key, submitted: i < answered });
      if (i >= answered) continue;
      const roll = rnd();
      const level: Level = roll < 0.1 ? "leader" : roll < 0.3 ? "manager" : "frontline";
      const answers: Record<string, number | null> = {};
      for (const item of items) {
        const roll = rnd();
        if (roll < 0.04) continue;
        if (roll < 0.08) {
          answers[item.key] = null;
          continue;
        }
        const agreement = BASE[item.dimension] + LEVEL_LIFT[level] + improvement + (rnd() - 0.5) * 2.2;
        const value = Math.min(5, Math.max(1, Math.round(agreement)));
        answers[item.key] = item.reversed ? 6 - value : value;
      }
      responses.push({ department: department.key, role: null, level, answers, comments: demoComments(rnd) });
    }
  }
  await db.$transaction(async (tx) => {
    await tx.waveInvitation.createMany({ data: invitations.map((i) => ({ waveId, ...i })) });
    await writeResponses(tx, waveId, items, responses);
  });
}

/** What people write in the comment boxes: a few voices per dimension, most respondents write nothing. */
const DEMO_COMMENTS: Record<"practical" | "personal" | "possible", string[]> = {
  practical: [
    "Nobody has ever shown me what a good claim looks like from the customer's side.",
    "The values poster is nice but my targets say something else.",
    "Our team lead walks us through real calls every Friday — that helps.",
    "I only found out what happens after my step when a customer complained.",
  ],
  personal: [
    "We talk about 'tickets', never about the person waiting.",
    "Hearing a recorded call at the town hall changed how I write letters.",
    "In IT we never meet a customer, we only see incident numbers.",
    "The customer panel last spring was the most useful hour of the year.",
  ],
  possible: [
    "Average handle time makes us rush people off the phone.",
    "I need three approvals to waive a £20 fee, so customers give up.",
    "The claims system times out halfway through a call.",
    "Bonus is on calls per day, so nobody wants the complicated cases.",
    "When I fix something properly I miss my numbers for the week.",
  ],
};

function demoComments(rnd: () => number): Record<string, string> {
  const comments: Record<string, string> = {};
  for (const [dimension, options] of Object.entries(DEMO_COMMENTS)) {
    if (rnd() < (dimension === "possible" ? 0.3 : 0.12))
      comments[dimension] = options[Math.floor(rnd() * options.length)]!;
  }
  return comments;
}

export async function seedDemoWaves(access: OrgAccess): Promise<void> {
  const { id: instrumentId } = await addInstrument(access, DEFAULT_INSTRUMENT);
  const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
  // Two waves run earlier in the year, one open now (dates as a consultant would have set them).
  const waves = [
    {
      name: "Spring 2026",
      seed: 11,
      improvement: 0,
      share: 1,
      dates: { opensAt: new Date("2026-03-02T00:00:00Z"), closesAt: new Date("2026-03-28T00:00:00Z") },
    },
    {
      name: "Autumn 2026",
      seed: 12,
      improvement: 0.15,
      share: 1,
      dates: { opensAt: new Date("2026-09-14T00:00:00Z"), closesAt: new Date("2026-10-10T00:00:00Z") },
    },
    // Open now; its results are released in snapshots, one of which is published.
    { name: "Spring 2027", seed: 13, improvement: 0.25, share: 0.4, dates: null },
  ];
  for (const wave of waves) {
    const { id } = await createWave(access, {
      name: wave.name,
      instrumentId,
      k: 5,
      resultsRelease: wave.dates ? "after_close" : "snapshots",
    });
    await openWave(access, id);
    await fillWave(access, id, wave.seed, wave.improvement, wave.share);
    await access.db.wave.update({
      where: { id },
      data: wave.dates ? { status: "closed", ...wave.dates } : { opensAt: daysAgo(3) },
    });
    await publishResults(access.db, id, wave.dates !== null);
  }
}
