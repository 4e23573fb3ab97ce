/**
 * Parity with AdhereR 0.8.1 on the golden fixtures in test/fixtures/adherer-0.8.1 (computed by
 * AdhereR itself; see the README there for every parameter): every row, to 1e-9.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenizeCsv } from "../src/_lib/csv.js";
import { computeCma, type CmaMethod, type ComputeCmaOptions, type ContinuityEvent } from "../src/index.js";

const folder = new URL("./fixtures/adherer-0.8.1/", import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = tokenizeCsv(readFileSync(new URL(file, folder), "utf8"));
  return rows.map((row) => Object.fromEntries(header!.fields.map((name, index) => [name, row.fields[index] ?? ""])));
}

export const fixtureEvents: ContinuityEvent[] = readCsv("events.csv").map((row) => ({
  patientId: row["patient_id"]!,
  date: row["date"]!,
  duration: Number(row["duration"]),
  dailyDose: Number(row["daily_dose"]),
  medication: row["med_type"]!,
}));

export const WINDOWS: Record<string, Pick<ComputeCmaOptions, "followUpWindow" | "observationWindow">> = {
  A: { followUpWindow: { start: "2020-01-01", durationDays: 730 }, observationWindow: { start: "2020-04-01", durationDays: 365 } },
  B: { followUpWindow: { startAfterFirstEventDays: 0, durationDays: 730 }, observationWindow: { startAfterFollowUpDays: 90, durationDays: 365 } },
};

const flag = (value: string | undefined) => (value === "TRUE" ? true : value === "FALSE" ? false : undefined);

describe("CMA1-CMA9: parity with AdhereR 0.8.1 (cma_simple.csv)", () => {
  const expected = readCsv("outputs/cma_simple.csv");
  const groups = new Map<string, Record<string, string>[]>();
  for (const row of expected) {
    const key = [row["config"], row["cma"], row["carry_only_for_same_medication"], row["consider_dosage_change"]].join(" ");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }

  it.each([...groups.keys()])("%s", (key) => {
    const rows = groups.get(key)!;
    const [config, method, same, dose] = key.split(" ");
    const options: ComputeCmaOptions = {
      method: method as CmaMethod,
      ...WINDOWS[config!]!,
      ...(flag(same) === undefined ? {} : { carryOnlyForSameMedication: flag(same)! }),
      ...(flag(dose) === undefined ? {} : { considerDosageChange: flag(dose)! }),
      compat: "adherer-0.8.1",
    };
    const computed = new Map(computeCma(fixtureEvents, options).map((row) => [row.patientId, row]));
    for (const row of rows) {
      const got = computed.get(row["patient_id"]!);
      const want = row["value"];
      if (want === "NA" || want === "Inf") expect(got?.value, `patient ${row["patient_id"]}`).toBeNull();
      else expect(got?.value, `patient ${row["patient_id"]}`).toBeCloseTo(Number(want), 9);
    }
    expect(rows.length).toBe(45);
  });
});
