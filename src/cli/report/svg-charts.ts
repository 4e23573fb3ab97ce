/**
 * Charts as inline SVG strings, with no script and no network. Every mark carries the numbers it
 * draws (`data-series`, `data-category`, `data-value`), so a test can check that the marks match
 * the table printed beside the chart.
 */

const WIDTH = 640;
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const PALETTE = ["#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f"];
const number = (value: number) => Number(value.toFixed(4)).toString();

/** A bar chart: a group of bars per category, one bar per series; negative values go below the axis. */
export function barChart(options: { title: string; categories: readonly string[]; series: readonly { name: string; values: readonly (number | null)[] }[]; unit: string; stacked?: boolean }): string {
  const { categories, series } = options;
  const height = 300;
  const left = 48;
  const bottom = 70;
  const top = 24;
  const plotHeight = height - top - bottom;
  const values = series.flatMap((each) => each.values.filter((value): value is number => value !== null));
  const totals = options.stacked === true ? categories.map((_, index) => series.reduce((sum, each) => sum + (each.values[index] ?? 0), 0)) : values;
  const max = Math.max(1e-9, ...totals, 0);
  const min = Math.min(0, ...values);
  const y = (value: number) => top + ((max - value) / (max - min)) * plotHeight;
  const band = (WIDTH - left - 10) / Math.max(1, categories.length);
  const barWidth = options.stacked === true ? band * 0.7 : (band * 0.8) / Math.max(1, series.length);
  const marks: string[] = [];
  categories.forEach((category, index) => {
    let stack = 0;
    series.forEach((each, position) => {
      const value = each.values[index];
      if (value === null || value === undefined) return;
      const x = left + index * band + (options.stacked === true ? band * 0.15 : band * 0.1 + position * barWidth);
      const from = options.stacked === true ? stack : 0;
      const to = from + value;
      stack = to;
      const [y1, y2] = [y(Math.max(from, to)), y(Math.min(from, to))];
      marks.push(`<rect class="mark" x="${number(x)}" y="${number(y1)}" width="${number(barWidth * 0.95)}" height="${number(Math.max(0, y2 - y1))}" fill="${PALETTE[position % PALETTE.length]}" data-series="${escape(each.name)}" data-category="${escape(category)}" data-value="${number(value)}"><title>${escape(`${category}, ${each.name}: ${number(value)} ${options.unit}`)}</title></rect>`);
    });
    marks.push(`<text x="${number(left + index * band + band / 2)}" y="${height - bottom + 14}" font-size="10" text-anchor="end" transform="rotate(-40 ${number(left + index * band + band / 2)} ${height - bottom + 14})">${escape(category)}</text>`);
  });
  const axis = `<line x1="${left}" x2="${WIDTH - 10}" y1="${number(y(0))}" y2="${number(y(0))}" stroke="#333"/><text x="4" y="${top + 4}" font-size="10">${escape(`${number(max)} ${options.unit}`)}</text>${min < 0 ? `<text x="4" y="${number(y(min))}" font-size="10">${escape(`${number(min)} ${options.unit}`)}</text>` : ""}`;
  const legend = series.map((each, position) => `<rect x="${left + position * 150}" y="4" width="10" height="10" fill="${PALETTE[position % PALETTE.length]}"/><text x="${left + position * 150 + 14}" y="13" font-size="11">${escape(each.name)}</text>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(options.title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%">${legend}${axis}${marks.join("")}</svg>`;
}

/** Step curves with confidence bands (a Kaplan-Meier estimate per group), over time in days. */
export function survivalChart(options: { title: string; curves: readonly { name: string; points: readonly { time: number; survival: number; lower: number | null; upper: number | null }[] }[]; timeLabel: string }): string {
  const height = 300;
  const [left, right, top, bottom] = [48, 10, 24, 36];
  const maxTime = Math.max(1, ...options.curves.flatMap((curve) => curve.points.map((point) => point.time)));
  const x = (time: number) => left + (time / maxTime) * (WIDTH - left - right);
  const y = (share: number) => top + (1 - share) * (height - top - bottom);
  const parts: string[] = [];
  options.curves.forEach((curve, position) => {
    const color = PALETTE[position % PALETTE.length];
    let path = `M ${number(x(0))} ${number(y(1))}`;
    // The band steps with the curve: at each time, from the previous limits to the new ones.
    const upper = [[0, 1]];
    const lower = [[0, 1]];
    for (const point of curve.points) {
      path += ` H ${number(x(point.time))} V ${number(y(point.survival))}`;
      if (point.upper !== null && point.lower !== null) {
        upper.push([point.time, upper.at(-1)![1]!], [point.time, point.upper]);
        lower.push([point.time, lower.at(-1)![1]!], [point.time, point.lower]);
      }
      parts.push(`<circle class="mark" cx="${number(x(point.time))}" cy="${number(y(point.survival))}" r="1.5" fill="${color}" data-series="${escape(curve.name)}" data-category="${point.time}" data-value="${number(point.survival)}"/>`);
    }
    const end = curve.points.at(-1)?.time ?? 0;
    path += ` H ${number(x(end))}`;
    if (upper.length > 1) {
      const outline = [...upper, ...lower.reverse()].map(([time, share]) => `${number(x(time!))},${number(y(share!))}`).join(" ");
      parts.unshift(`<polygon points="${outline}" fill="${color}" fill-opacity="0.15" stroke="none"/>`);
    }
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    parts.push(`<rect x="${left + position * 150}" y="4" width="10" height="10" fill="${color}"/><text x="${left + position * 150 + 14}" y="13" font-size="11">${escape(curve.name)}</text>`);
  });
  const axes = `<line x1="${left}" x2="${WIDTH - right}" y1="${y(0)}" y2="${y(0)}" stroke="#333"/><line x1="${left}" x2="${left}" y1="${top}" y2="${y(0)}" stroke="#333"/><text x="4" y="${top + 4}" font-size="10">100%</text><text x="4" y="${y(0)}" font-size="10">0%</text><text x="${WIDTH - right}" y="${height - 8}" font-size="10" text-anchor="end">${escape(`${maxTime} ${options.timeLabel}`)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(options.title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%">${axes}${parts.join("")}</svg>`;
}

/** A timeline per row: covered and uncovered stretches between two days, with dispensing ticks. */
export function timelineChart(options: {
  title: string;
  start: number;
  end: number;
  rows: readonly { name: string; spans: readonly { from: number; to: number; covered: boolean; label: string }[]; ticks: readonly number[]; episodes: readonly { from: number; to: number; label: string }[] }[];
}): string {
  const rowHeight = 40;
  const [left, right, top] = [90, 10, 20];
  const height = top + options.rows.length * rowHeight + 20;
  const x = (day: number) => left + ((day - options.start) / Math.max(1, options.end - options.start)) * (WIDTH - left - right);
  const parts = options.rows.flatMap((row, index) => {
    const y = top + index * rowHeight;
    return [
      `<text x="4" y="${y + 14}" font-size="11">${escape(row.name)}</text>`,
      ...row.spans.map((span) => `<rect class="mark" x="${number(x(span.from))}" y="${y + 4}" width="${number(Math.max(0.5, x(span.to) - x(span.from)))}" height="14" fill="${span.covered ? "#66a182" : "#d1495b"}" data-series="${escape(row.name)}" data-category="${escape(span.label)}" data-value="${span.to - span.from}"/>`),
      ...row.ticks.map((day) => `<line x1="${number(x(day))}" x2="${number(x(day))}" y1="${y + 20}" y2="${y + 26}" stroke="#333"/>`),
      // Treatment episodes: a bracket under the row, from the episode's start to its end.
      ...row.episodes.map((episode) => `<rect class="mark" x="${number(x(Math.max(options.start, episode.from)))}" y="${y + 29}" width="${number(Math.max(0.5, x(Math.min(options.end, episode.to)) - x(Math.max(options.start, episode.from))))}" height="4" fill="#1b6ca8" data-series="${escape(row.name)}" data-category="${escape(episode.label)}" data-value="${episode.to - episode.from}"/>`),
    ];
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escape(options.title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%">${parts.join("")}</svg>`;
}

/** An HTML table, cells escaped. */
export function htmlTable(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => escape(value === null ? "–" : String(value));
  return `<table><thead><tr>${columns.map((column) => `<th>${cell(column)}</th>`).join("")}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((value) => `<td>${cell(value)}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

export { escape as escapeHtml };
