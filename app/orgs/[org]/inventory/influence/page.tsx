import type { Metadata } from "next";
import Link from "next/link";
import { orgPage } from "@/lib/access/page-gates";
import { getTotalInfluence } from "@/lib/alignment/get-total-influence";
import { TableScroll } from "@/components/ui/table-scroll";
import { count } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Which measures matter most" };

/** A long model shows its leaders first; the rest on request. */
const SHOWN = 100;

const LEANING = {
  helps: { text: "Helps", style: { background: "#e6f4ea", color: "#1e5b2e" } },
  hurts: { text: "Hurts", style: { background: "#fdecea", color: "#7a1a12" } },
  even: { text: "Pulls both ways", style: undefined },
} as const;

export default orgPage("organisation:read", async (access, { org }, query) => {
  const ranked = await getTotalInfluence(access);
  const all = query.all === "1";
  const reaching = ranked.filter((row) => row.index > 0);
  const shown = all ? reaching : reaching.slice(0, SHOWN);
  const silent = ranked.length - reaching.length;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Which measures matter most</h1>
          <p>
            Each KPI&apos;s pull on the approved behaviours: what it pushes itself, and what it pushes through the KPIs
            it moves. 100 is the KPI that reaches furthest.
          </p>
        </div>
        <Link className="button secondary" href={`/orgs/${org}/inventory`}>
          Back to KPIs
        </Link>
      </div>
      <section className="card" aria-labelledby="ranking-heading">
        <h2 id="ranking-heading">KPIs by total influence</h2>
        {reaching.length === 0 ? (
          <p>
            No KPI touches an approved behaviour yet. Map what each KPI supports or obstructs on the{" "}
            <Link href={`/orgs/${org}/inventory/map`}>influence map</Link> and the ranking appears here.
          </p>
        ) : (
          <>
            <TableScroll label="KPIs by total influence">
              <table className="stack-on-phone">
                <thead>
                  <tr>
                    <th scope="col">Rank</th>
                    <th scope="col">KPI</th>
                    <th scope="col">Reach</th>
                    <th scope="col">Through other KPIs</th>
                    <th scope="col">On balance</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.key} data-testid="influence-row">
                      {/* Equal reach, equal rank: 1, 1, 3 … */}
                      <td data-label="Rank">{shown.findIndex((other) => other.index === row.index) + 1}</td>
                      <td data-label="KPI">
                        <Link href={`/orgs/${org}/inventory/kpis/${row.key}`}>
                          <strong>{row.name}</strong>
                        </Link>
                        <div className="muted">
                          {row.department}
                          {row.payLinked ? " · tied to pay" : ""}
                        </div>
                      </td>
                      <td data-label="Reach">
                        <span className="reach">
                          <span className="reach-bar" aria-hidden="true">
                            <span style={{ width: `${row.index}%` }} />
                          </span>
                          {row.index.toFixed(1)}
                        </span>
                      </td>
                      <td data-label="Through other KPIs">{Math.round(row.indirectShare * 100)}%</td>
                      <td data-label="On balance">
                        <span
                          className={`badge${row.leaning === "even" ? " neutral" : ""}`}
                          style={LEANING[row.leaning].style}
                        >
                          {LEANING[row.leaning].text}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {shown.length < reaching.length ? (
              <p>
                {count(reaching.length - shown.length, "more KPI reaches", "more KPIs reach")} less.{" "}
                <Link href={`/orgs/${org}/inventory/influence?all=1`}>Show them all</Link>
              </p>
            ) : null}
            {silent > 0 ? (
              <p className="muted">
                {count(silent, "KPI touches", "KPIs touch")} no approved behaviour, directly or through another KPI.
              </p>
            ) : null}
            <details>
              <summary>How the ranking is worked out</summary>
              <p>
                Every influence counts its strength (1 to 3), positive when it supports a behaviour and negative when it
                obstructs one; a link between KPIs counts 2, positive when they reinforce each other and negative when
                one trades off the other. The ranking is DEMATEL&apos;s total influence: the direct pushes plus every
                chain of KPI links, each step damped. Reach counts pushes either way; &ldquo;on balance&rdquo; says
                whether pushing the KPI up helps or hurts the approved behaviours overall.
              </p>
            </details>
          </>
        )}
      </section>
    </>
  );
});
