import { describe, expect, it } from "vitest";
import { computeFollowUp } from "./follow-up.js";
import { computeProviderContinuity } from "./provider-continuity.js";

const period = { start: "2020-01-01", end: "2020-12-31" };
const issuesOf = (rows: readonly { readonly issues: readonly { code: string; path: readonly (string | number)[]; message: string }[] }[]) =>
  rows.flatMap((row) => row.issues.map(({ code, path, message }) => ({ code, path, message })));

describe("contacts: each field checked, with its path, code and message", () => {
  it("requires a non-empty provider where provider continuity needs one", () => {
    const contacts = [
      { patientId: "A", date: "2020-02-01" },
      { patientId: "B", date: "2020-02-01", providerId: "" },
      { patientId: "C", date: "2020-02-01", providerId: ["clinic"] },
      { patientId: "D", date: "2020-02-01", providerId: "clinic", contactType: "" },
    ];
    expect(issuesOf(computeProviderContinuity(contacts as never[], { period }))).toEqual([
      { code: "missing", path: [0, "providerId"], message: "Contact 0: providerId must be a non-empty string; got nothing." },
      { code: "invalid_type", path: [1, "providerId"], message: 'Contact 1: providerId must be a non-empty string; got "".' },
      { code: "invalid_type", path: [2, "providerId"], message: "Contact 2: providerId must be a non-empty string; got an array." },
      { code: "invalid_type", path: [3, "contactType"], message: 'Contact 3: contactType must be a non-empty string; got "".' },
    ]);
  });

  it("takes provider and contact type as optional where follow-up reads contacts, but never empty or not text", () => {
    const contacts = [
      { patientId: "A", date: "2020-02-01", contactType: "emergency-visit" },
      { patientId: "B", date: "2020-02-01", contactType: "emergency-visit", providerId: "" },
      { patientId: "C", date: "2020-02-01", contactType: ["emergency-visit"] },
      { patientId: "D", date: "2020-02-01", contactType: "" },
    ];
    const rows = computeFollowUp(contacts as never[]);
    expect(rows.map((row) => [row.patientId, row.indexDate])).toEqual([
      ["A", "2020-02-01"],
      ["B", null],
      ["C", null],
      ["D", null],
    ]);
    expect(issuesOf(rows)).toEqual([
      { code: "invalid_type", path: [1, "providerId"], message: 'Contact 1: providerId must be a non-empty string; got "".' },
      { code: "invalid_type", path: [2, "contactType"], message: "Contact 2: contactType must be a non-empty string; got an array." },
      { code: "invalid_type", path: [3, "contactType"], message: 'Contact 3: contactType must be a non-empty string; got "".' },
    ]);
  });

  it("names contacts in the messages about patients", () => {
    const contacts = [
      { patientId: "A", date: "2020-02-01", providerId: "X" },
      { patientId: "B", date: "2020-02-01", providerId: "X" },
      { patientId: "A", date: "2020-03-01", providerId: "X" },
      { date: "2020-03-01", providerId: "X" },
    ];
    const messages = issuesOf(computeProviderContinuity(new Set(contacts) as never, { period })).map((each) => each.message);
    expect(messages).toContain("Contact 2 of patient \"A\" arrives after other patients' contacts; a stream must deliver each patient's contacts together (sort it by patient).");
    expect(messages).toContain("Contact 3 has no usable patientId (got nothing); it belongs to no patient and is left out.");
  });

  it("throws for a list of contact types that is not a list of strings, naming the option", () => {
    expect(() => computeFollowUp([], { indexTypes: ["emergency-visit", 5] as never })).toThrow("indexTypes must be an array of strings; got an array.");
    expect(() => computeFollowUp([], { followUpTypes: "telephone" as never })).toThrow('followUpTypes must be an array of strings; got "telephone".');
    expect(() => computeFollowUp([], { indexTypes: ["emergency-visit"], followUpTypes: [] })).not.toThrow();
  });

  it("never matches a contact without a type to a listed empty string", () => {
    const untyped = [
      { patientId: "P", date: "2020-04-01" },
      { patientId: "P", date: "2020-04-02" },
    ];
    expect(computeFollowUp(untyped, { indexTypes: [""], followUpTypes: [""] })).toEqual([]);
  });
});
