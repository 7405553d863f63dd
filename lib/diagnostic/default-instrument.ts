/**
 * The 3P diagnostic that ships with Throughline: plain statements for employees of any department,
 * several themes per dimension, some phrased negatively (reversed: v counts as 6 − v).
 */
import { INSTRUMENT_FORMAT, type Instrument } from "./instrument-schema";

const item = (
  key: string,
  dimension: Instrument["items"][number]["dimension"],
  theme: string,
  text: string,
  reversed = false,
) => ({ key, dimension, theme, text, reversed });

export const DEFAULT_INSTRUMENT: Instrument = {
  format: INSTRUMENT_FORMAT,
  name: "Throughline 3P diagnostic (default)",
  items: [
    item(
      "pr-defined-1",
      "practical",
      "What great looks like is defined",
      "I know what a great experience for our customers looks like in practice.",
    ),
    item(
      "pr-defined-2",
      "practical",
      "What great looks like is defined",
      "Our leaders describe good service in slogans rather than in things people actually do.",
      true,
    ),
    item(
      "pr-role-1",
      "practical",
      "Translated into my role",
      "I know exactly what I should do, in my own job, to give customers a great experience.",
    ),
    item(
      "pr-role-2",
      "practical",
      "Translated into my role",
      "Nobody has told me how my work affects customers.",
      true,
    ),
    item(
      "pr-role-3",
      "practical",
      "Translated into my role",
      "The way my work is checked matches what good service looks like for customers.",
    ),
    item(
      "pr-objectives-1",
      "practical",
      "Tied to objectives",
      "I can see how looking after customers well helps the goals our leadership cares about.",
    ),
    item(
      "pr-objectives-2",
      "practical",
      "Tied to objectives",
      "Customer experience is talked about separately from the numbers that really count here.",
      true,
    ),
    item(
      "pr-feel-1",
      "practical",
      "I can feel the experience",
      "I have personally tried our service the way a customer would (bought, called, claimed or paid).",
    ),
    item(
      "pr-feel-2",
      "practical",
      "I can feel the experience",
      "I could describe the main steps a customer goes through with us, from first contact to leaving.",
    ),
    item(
      "pe-people-1",
      "personal",
      "Customers as people",
      "When we talk about customers at work, we talk about real people, often by name.",
    ),
    item(
      "pe-people-2",
      "personal",
      "Customers as people",
      "Around here, customers are mostly numbers, codes or volumes.",
      true,
    ),
    item(
      "pe-stories-1",
      "personal",
      "Customer stories",
      "In the last month I heard a real customer's story about their experience with us.",
    ),
    item(
      "pe-stories-2",
      "personal",
      "Customer stories",
      "Customer stories are shared in our meetings alongside the figures.",
    ),
    item("pe-language-1", "personal", "Language", "We use plain words for customers, not internal jargon or acronyms."),
    item(
      "pe-direct-1",
      "personal",
      "Hearing customers directly",
      "I hear directly from customers (calls, letters, visits or recordings) about what they need.",
    ),
    item(
      "pe-direct-2",
      "personal",
      "Hearing customers directly",
      "What customers say reaches me only as a score or a report.",
      true,
    ),
    item(
      "pe-time-1",
      "personal",
      "Customer-facing time",
      "People in back-office roles here spend time with customers or on customer-facing shifts.",
    ),
    item(
      "pe-time-2",
      "personal",
      "Customer-facing time",
      "In the last year I have spent time alongside colleagues who serve customers face to face or on the phone.",
    ),
    item(
      "po-process-1",
      "possible",
      "Processes",
      "Our processes make it easy for me to do the right thing for a customer.",
    ),
    item(
      "po-process-2",
      "possible",
      "Processes",
      "I often have to work around our own rules or approvals to help a customer.",
      true,
    ),
    item(
      "po-systems-1",
      "possible",
      "Systems and training",
      "The systems I use give me what I need to help customers quickly.",
    ),
    item(
      "po-systems-2",
      "possible",
      "Systems and training",
      "I was properly trained on the systems I use with customers.",
    ),
    item(
      "po-kpi-1",
      "possible",
      "KPIs and incentives",
      "The targets I am measured on encourage me to do what is best for the customer.",
    ),
    item(
      "po-kpi-2",
      "possible",
      "KPIs and incentives",
      "Hitting my targets sometimes means giving customers a worse experience.",
      true,
    ),
    item(
      "po-kpi-3",
      "possible",
      "KPIs and incentives",
      "My bonus or appraisal rewards long-term customer relationships, not just this month's numbers.",
    ),
    item(
      "po-permission-1",
      "possible",
      "Permission to do right",
      "I am trusted to make a decision that is right for a customer without asking permission.",
    ),
    item(
      "po-permission-2",
      "possible",
      "Permission to do right",
      "If I bend a rule to help a customer, I expect to get into trouble.",
      true,
    ),
    item(
      "po-leadership-1",
      "possible",
      "Leadership",
      "My manager helps me remove obstacles that get in the way of serving customers.",
    ),
    item(
      "po-leadership-2",
      "possible",
      "Leadership",
      "Our senior leaders act on what customers tell us, not only on financial results.",
    ),
    item(
      "po-leadership-3",
      "possible",
      "Leadership",
      "When customer needs and short-term costs conflict, cost always wins here.",
      true,
    ),
  ],
};
