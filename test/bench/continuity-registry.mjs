/**
 * The continuity engine on a national-registry-sized input, against a bare loop in the same run:
 *   npm run bench:registry          (builds, then: node --expose-gc test/bench/continuity-registry.mjs)
 *
 * Two generated registries of 10,000 patients over one year (2021), sorted by patient as a registry
 * export is:
 *   - daily observed dosing: one event of 1 day per attended day, each day attended with probability
 *     0.85 (about 3.1 million events);
 *   - weekly take-home: one 7-day dispensing per week, each week collected with probability 0.9.
 * For each: events per second of CMA7, treatment episodes and PDC, and of the bare loop, which only
 * parses each event's date with the library's own parser and sums the durations. The figures are the
 * median of RUNS timed runs after one warm-up run; each ratio is taken within one round.
 * Then the heap: live heap (after a forced collection) at the peak of a patient-grouped stream and
 * after an array input, at two input sizes. Run on the built package (dist), as users get it.
 */
import { computeCma, computeProportionOfDaysCovered, computeTreatmentEpisodes, parseIsoDate } from "../../dist/index.js";

const RUNS = Number(process.env.RUNS ?? 5);
const PATIENTS = Number(process.env.PATIENTS ?? 10_000);
const YEAR_START = Date.UTC(2021, 0, 1);
const DAY_MS = 86_400_000;

/** A small seeded generator (mulberry32), so every run sees the same registry. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = Array.from({ length: 366 }, (_, day) => new Date(YEAR_START + day * DAY_MS).toISOString().slice(0, 10));
const MEDICATIONS = ["N07BC02", "N07BC01"];

/** One patient's events, generated on demand (the stream never holds more than one patient). */
function* patientEvents(patient, pattern, next) {
  const patientId = `P${String(patient).padStart(6, "0")}`;
  const medication = MEDICATIONS[patient % 2];
  const dailyDose = 40 + 10 * (patient % 8);
  if (pattern === "daily") {
    for (let day = 0; day < 365; day += 1) if (next() < 0.85) yield { patientId, date: DATES[day], duration: 1, dailyDose, medication };
  } else {
    for (let day = patient % 7; day < 365; day += 7) if (next() < 0.9) yield { patientId, date: DATES[day], duration: 7, dailyDose, medication };
  }
}

function* registry(patients, pattern) {
  const next = random(2021);
  for (let patient = 0; patient < patients; patient += 1) yield* patientEvents(patient, pattern, next);
}

const period = { start: "2021-01-01", end: "2021-12-31" };
const year = { start: "2021-01-01", durationDays: 365 };
const windows = { followUpWindow: year, observationWindow: year };
const metrics = {
  "bare loop (parse each date, sum durations)": (events) => {
    let days = 0;
    let sum = 0;
    for (const event of events) {
      const parsed = parseIsoDate(event.date);
      if (parsed.ok) days += parsed.value;
      sum += event.duration;
    }
    return days + sum;
  },
  CMA7: (events) => computeCma(events, { method: "CMA7", ...windows }).length,
  "treatment episodes (gap 7)": (events) => computeTreatmentEpisodes(events, { followUpWindow: year, maximumPermissibleGapDays: 7 }).length,
  PDC: (events) => computeProportionOfDaysCovered(events, { period }).length,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function time(fn, input) {
  const started = process.hrtime.bigint();
  fn(input);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function speed(pattern) {
  const events = [...registry(PATIENTS, pattern)];
  const seconds = Object.fromEntries(Object.keys(metrics).map((name) => [name, []]));
  const ratios = Object.fromEntries(Object.keys(metrics).map((name) => [name, []]));
  for (let round = 0; round <= RUNS; round += 1) {
    const thisRound = {};
    for (const [name, fn] of Object.entries(metrics)) {
      globalThis.gc?.();
      thisRound[name] = time(fn, events);
    }
    if (round === 0) continue; // warm-up
    const bare = thisRound["bare loop (parse each date, sum durations)"];
    for (const name of Object.keys(metrics)) {
      seconds[name].push(thisRound[name]);
      ratios[name].push(thisRound[name] / bare);
    }
  }
  console.log(`\n${pattern}: ${events.length.toLocaleString("en")} events of ${PATIENTS.toLocaleString("en")} patients, median of ${RUNS} runs`);
  console.log("| measure | seconds | events per second | x bare loop |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const name of Object.keys(metrics)) {
    const s = median(seconds[name]);
    console.log(`| ${name} | ${s.toFixed(3)} | ${Math.round(events.length / s).toLocaleString("en")} | ${median(ratios[name]).toFixed(2)} |`);
  }
}

/** Live heap at the peak of a grouped stream: sampled (after a collection) at each patient's first event. */
function streamPeak(patients, pattern, compute) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  function* sampled() {
    const next = random(2021);
    for (let patient = 0; patient < patients; patient += 1) {
      if (patient % 500 === 0) {
        globalThis.gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
      yield* patientEvents(patient, pattern, next);
    }
  }
  const rows = compute(sampled());
  globalThis.gc();
  const after = process.memoryUsage().heapUsed - before;
  return { peak: Math.max(peak, after), rows: rows.length };
}

function heap(pattern) {
  if (globalThis.gc === undefined) throw new Error("Run with node --expose-gc.");
  console.log(`\nLive heap, ${pattern} pattern (growth over the heap before the run, after a forced collection)`);
  console.log("| input | patients | events | CMA7 | episodes | PDC |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  const computations = [(s) => computeCma(s, { method: "CMA7", ...windows }), (s) => computeTreatmentEpisodes(s, { followUpWindow: year, maximumPermissibleGapDays: 7 }), (s) => computeProportionOfDaysCovered(s, { period })];
  for (const patients of [PATIENTS / 5, PATIENTS]) {
    let events = 0;
    for (const _ of registry(patients, pattern)) events += 1;
    const peaks = computations.map((compute) => mb(streamPeak(patients, pattern, compute).peak));
    console.log(`| grouped stream (generator) | ${patients.toLocaleString("en")} | ${events.toLocaleString("en")} | ${peaks.join(" | ")} |`);
  }
  for (const patients of [PATIENTS / 5, PATIENTS]) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const input = [...registry(patients, pattern)];
    globalThis.gc();
    const inputBytes = process.memoryUsage().heapUsed - before;
    const peaks = computations.map((compute) => {
      let peak = 0;
      const rows = compute(input);
      globalThis.gc();
      peak = process.memoryUsage().heapUsed - before - inputBytes;
      return `${mb(peak)} (rows kept: ${rows.length})`;
    });
    console.log(`| array (input itself: ${mb(inputBytes)}) | ${patients.toLocaleString("en")} | ${input.length.toLocaleString("en")} | ${peaks.join(" | ")} |`);
  }
}

const only = process.argv[2];
for (const pattern of ["daily", "weekly"]) {
  if (only === undefined || only === "speed") speed(pattern);
  if (only === undefined || only === "heap") heap(pattern);
}
