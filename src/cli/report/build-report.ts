/** The HTML report of a registry: five charts, each with the table of the numbers it draws, in English or Russian. */
import { lookupAtc } from "../../codes/index.js";
import { computeProportionOfDaysCovered, computeRetention, explainContinuity, kaplanMeier } from "../../continuity/index.js";
import { addDays, isoDateToDayNumber } from "../../days/index.js";
import { computeServiceDisruption } from "../../indicators/index.js";
import type { Facility, MedicationEvent, ServiceVolume } from "../../services/index.js";
import type { RegistryData } from "../load-registry.js";
import { barChart, escapeHtml, htmlTable, survivalChart, timelineChart } from "./svg-charts.js";

/** The languages of the report. */
export type ReportLocale = "en" | "ru";

const TEXT = {
  en: {
    title: "Continuity of drug dependence treatment",
    retention: "Retention in OAT by medication (Kaplan-Meier, 95% confidence band)",
    retentionNote: "Patients entering OAT; treatment ends with a gap of more than 7 days without supply; followed to the last day of data.",
    disruption: "OAT patients by region: change against the same months of 2019",
    disruptionNote: "Patient-months reported by the facilities; positive means fewer patients than in 2019. Bands as the WHO pulse surveys: below 5% not disrupted, 5% to 50% partly, above 50% severely.",
    accreditation: "Accreditation decisions by region (external assessments)",
    pdc: "Proportion of days covered in 2020 (PQA method)",
    timelines: "Medication histories of selected patients in 2020",
    timelinesNote: "Green: days covered by dispensed supply; red: days without supply; ticks: dispensing days; blue bars below: treatment episodes (a gap of more than 7 days ends one).",
    columns: { series: "series", category: "category", value: "value", atRisk: "at risk", events: "events", lower: "lower", upper: "upper", band: "band" },
    windows: { before: "January-February", during: "April-June", after: "July-September" },
    patients: "patients",
    days: "days",
    percent: "%",
    covered: "covered",
    uncovered: "uncovered",
    generated: "Period of the data",
    from: "from",
    episode: "treatment episode",
    unknownMedication: "unknown medication",
  },
  ru: {
    title: "Непрерывность лечения наркологических расстройств",
    retention: "Удержание в ОЗТ по препарату (Каплан-Майер, 95% доверительная полоса)",
    retentionNote: "Пациенты, начавшие ОЗТ; лечение прекращается при перерыве в обеспечении более 7 дней; наблюдение до последнего дня данных.",
    disruption: "Пациенты ОЗТ по регионам: изменение к тем же месяцам 2019 года",
    disruptionNote: "Пациенто-месяцы по отчетам учреждений; положительное значение означает меньше пациентов, чем в 2019 году. Категории как в опросах ВОЗ: менее 5% без нарушений, от 5% до 50% частичные, более 50% серьезные.",
    accreditation: "Решения об аккредитации по регионам (внешние оценки)",
    pdc: "Доля обеспеченных дней в 2020 году (метод PQA)",
    timelines: "Истории приема препаратов выбранных пациентов в 2020 году",
    timelinesNote: "Зеленый: дни, обеспеченные выданным препаратом; красный: дни без препарата; отметки: дни выдачи; синие полосы ниже: эпизоды лечения (перерыв более 7 дней завершает эпизод).",
    columns: { series: "ряд", category: "категория", value: "значение", atRisk: "под риском", events: "события", lower: "нижняя", upper: "верхняя", band: "категория нарушения" },
    windows: { before: "январь-февраль", during: "апрель-июнь", after: "июль-сентябрь" },
    patients: "пациентов",
    days: "дней",
    percent: "%",
    covered: "обеспечено",
    uncovered: "не обеспечено",
    generated: "Период данных",
    from: "с",
    episode: "эпизод лечения",
    unknownMedication: "препарат не указан",
  },
} as const;

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/**
 * Build the report: one self-contained HTML page (inline SVG and CSS, no script, no network) with
 * retention by medication, disruption by region, accreditation decisions by region, the PDC
 * distribution and medication histories, each chart beside the table of its numbers.
 */
export function buildReport(data: RegistryData, options: { locale: ReportLocale; patients?: readonly string[] }): string {
  const text = TEXT[options.locale];
  const events = (data.events ?? []) as readonly MedicationEvent[];
  const facilities = (data.facilities ?? []) as readonly Facility[];
  const dates = events.map((event) => event.date).filter((date) => typeof date === "string").sort();
  const dataStart = dates[0] ?? "2020-01-01";
  const dataEnd = data.registry?.scenario?.["studyPeriod"]?.end ?? dates.at(-1) ?? "2020-12-31";
  const longDate = (date: string) => new Intl.DateTimeFormat(options.locale, { dateStyle: "long", timeZone: "UTC" }).format(isoDateToDayNumber(date) * 86_400_000);
  const sections: string[] = [];
  const section = (id: string, title: string, note: string | undefined, chart: string, columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]) =>
    sections.push(`<section data-chart="${id}"><h2>${escapeHtml(title)}</h2>${note === undefined ? "" : `<p class="note">${escapeHtml(note)}</p>`}<div class="figure">${chart}<div class="table">${htmlTable(columns, rows)}</div></div></section>`);

  // 1. Retention by medication.
  const medicationName = (code: string | null) => (code === null ? text.unknownMedication : (lookupAtc(code)?.name ?? code));
  const retention = computeRetention(events, { dataEnd, maximumGapDays: 7, entryPeriod: { start: addDays(dataStart, 31), end: dataEnd } });
  const curves = kaplanMeier(retention.flatMap((row) => (row.time === null || row.event === null ? [] : [{ time: row.time, event: row.event, group: medicationName(row.entryMedication) }])));
  section(
    "retention",
    text.retention,
    text.retentionNote,
    survivalChart({ title: text.retention, timeLabel: text.days, curves: curves.map((curve) => ({ name: curve.group ?? "", points: curve.curve })) }),
    [text.columns.series, text.days, text.columns.value, text.columns.atRisk, text.columns.events, text.columns.lower, text.columns.upper],
    curves.flatMap((curve) => curve.curve.map((point) => [curve.group ?? "", point.time, round(point.survival, 4), point.atRisk, point.events, point.lower === null ? null : round(point.lower, 4), point.upper === null ? null : round(point.upper, 4)])),
  );

  // 2. Disruption by region, three windows of 2020 against 2019.
  const volumes = ((data.volumes ?? []) as readonly ServiceVolume[]).filter((volume) => volume.unit === "patients");
  const windows = [
    [text.windows.before, { start: "2020-01-01", end: "2020-02-29" }],
    [text.windows.during, { start: "2020-04-01", end: "2020-06-30" }],
    [text.windows.after, { start: "2020-07-01", end: "2020-09-30" }],
  ] as const;
  const regions = [...new Set(facilities.map((facility) => facility.region))].sort();
  const changes = windows.map(([name, period]) => {
    const report = volumes.length === 0 ? undefined : computeServiceDisruption(volumes, facilities, { period, baseline: { years: [2019] }, by: ["region"] });
    const rows = new Map((report?.rows ?? []).map((row) => [row.region, row]));
    // The drop in percent, rounded as both the chart and the table show it; null where there is none.
    const percents = regions.map((region) => {
      const change = rows.get(region)?.change;
      return change === null || change === undefined ? null : round(100 * change);
    });
    return { name, rows, percents };
  });
  section(
    "disruption",
    text.disruption,
    text.disruptionNote,
    barChart({ title: text.disruption, unit: text.percent, categories: regions, series: changes.map(({ name, percents }) => ({ name, values: percents })) }),
    [text.columns.series, text.columns.category, text.columns.value, text.columns.band],
    changes.flatMap(({ name, rows, percents }) => regions.flatMap((region, index) => (percents[index] === null ? [] : [[name, region, percents[index]!, rows.get(region)!.band]]))),
  );

  // 3. Accreditation decisions by region.
  const regionOf = new Map(facilities.map((facility) => [facility.id, facility.region]));
  const decisions = (data.assessmentReports ?? []).map(({ facilityId, report }) => ({ region: regionOf.get(facilityId) ?? "?", outcome: report.decision.outcome ?? "none" }));
  const outcomes = [...new Set(decisions.map((decision) => decision.outcome))].sort();
  const decisionRegions = [...new Set(decisions.map((decision) => decision.region))].sort();
  const countOf = (region: string, outcome: string) => decisions.filter((decision) => decision.region === region && decision.outcome === outcome).length;
  section(
    "accreditation",
    text.accreditation,
    undefined,
    barChart({ title: text.accreditation, unit: "", stacked: true, categories: decisionRegions, series: outcomes.map((outcome) => ({ name: outcome, values: decisionRegions.map((region) => countOf(region, outcome)) })) }),
    [text.columns.series, text.columns.category, text.columns.value],
    outcomes.flatMap((outcome) => decisionRegions.map((region) => [outcome, region, countOf(region, outcome)])),
  );

  // 4. PDC distribution in 2020.
  const pdc = computeProportionOfDaysCovered(events, { period: { start: "2020-01-01", end: "2020-12-31" } }).flatMap((row) => (row.value === null ? [] : [row.value]));
  const bins = Array.from({ length: 10 }, (_, index) => `${index * 10}-${index === 9 ? 100 : index * 10 + 9}%`);
  const binCounts = bins.map((_, index) => pdc.filter((value) => Math.min(9, Math.floor(value * 10 + 1e-9)) === index).length);
  section("pdc", text.pdc, undefined, barChart({ title: text.pdc, unit: text.patients, categories: bins, series: [{ name: text.patients, values: binCounts }] }), [text.columns.series, text.columns.category, text.columns.value], bins.map((bin, index) => [text.patients, bin, binCounts[index]!]));

  // 5. Medication histories of selected patients.
  const chosen = options.patients ?? [...new Set(events.filter((event) => event.date >= "2020-01-01" && event.date <= "2020-12-31").map((event) => event.patientId))].slice(0, 3);
  const explained = explainContinuity(
    events.filter((event) => chosen.includes(event.patientId)),
    { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 366 }, observationWindow: { start: "2020-01-01", durationDays: 366 }, maximumPermissibleGapDays: 7 },
  );
  const year = { start: isoDateToDayNumber("2020-01-01"), end: isoDateToDayNumber("2021-01-01") };
  const timelineRows = explained.map((row) => ({
    name: row.patientId,
    spans: row.coverage.map((span) => ({ from: isoDateToDayNumber(span.start), to: isoDateToDayNumber(span.endExclusive), covered: span.covered, label: span.covered ? text.covered : text.uncovered, start: span.start })),
    ticks: row.events.filter((event) => event.place === "in-observation").map((event) => isoDateToDayNumber(event.date)),
    episodes: (row.episodes ?? []).map((episode) => ({ from: isoDateToDayNumber(episode.start), to: isoDateToDayNumber(episode.start) + episode.durationDays, label: `${text.episode} ${episode.episode}`, start: episode.start })),
  }));
  section(
    "timelines",
    text.timelines,
    text.timelinesNote,
    timelineChart({ title: text.timelines, ...year, rows: timelineRows }),
    [text.columns.series, text.columns.category, text.days, text.from],
    timelineRows.flatMap((row) => [...row.spans.map((span) => [row.name, span.label, span.to - span.from, longDate(span.start)]), ...row.episodes.map((episode) => [row.name, episode.label, episode.to - episode.from, longDate(episode.start)])]),
  );

  const notice = data.registry?.notice;
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
.notice { background: #fff4d6; border: 1px solid #e0c060; padding: 0.6rem 1rem; }
.figure { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
.table { max-height: 320px; overflow: auto; font-size: 0.8rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 2px 6px; text-align: left; }
.note { color: #555; font-size: 0.9rem; }
@media (max-width: 800px) { .figure { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<h1>${escapeHtml(text.title)}</h1>
${notice === undefined ? "" : `<p class="notice">${escapeHtml(notice)}</p>`}
<p>${escapeHtml(text.generated)}: ${escapeHtml(longDate(dataStart))} – ${escapeHtml(longDate(dataEnd))}</p>
${sections.join("\n")}
</body>
</html>
`;
}
