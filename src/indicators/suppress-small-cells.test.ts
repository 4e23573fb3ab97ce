import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disclosureIntervals } from "./disclosure-intervals.js";
import { suppressSmallCells, type PublishedTable } from "./suppress-small-cells.js";

/** The published table as one grid with its totals (row totals last in each row, column totals last). */
const gridOf = (table: PublishedTable) => [...table.cells.map((line, row) => [...line, table.rowTotals[row]!]), [...table.columnTotals, table.total]];

/** Attack 1, by subtraction: solve any row or column (with its total) that has one unknown, until nothing changes. */
function bySubtraction(grid: (number | null)[][]): (number | null)[][] {
  const known = grid.map((line) => [...line]);
  const lines = [...known.map((line, row) => line.map((_, column) => [row, column] as const)), ...known[0]!.map((_, column) => known.map((__, row) => [row, column] as const))];
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const unknown = line.filter(([row, column]) => known[row]![column] === null);
      if (unknown.length !== 1) continue;
      const [row, column] = unknown[0]!;
      const [totalRow, totalColumn] = line.at(-1)!;
      const inner = line.slice(0, -1).reduce((sum, [r, c]) => sum + (known[r]![c] ?? 0), 0);
      known[row]![column] = row === totalRow && column === totalColumn ? inner : known[totalRow]![totalColumn]! - inner;
      changed = true;
    }
  }
  return known;
}

/**
 * Attack 2, by bounds: the exact range of each unknown under "rows and columns add up, counts >= 0",
 * by Gaussian elimination of the equations and Fourier-Motzkin elimination of the inequalities (an
 * algorithm unrelated to the library's network flows; exact here because the system is small).
 */
function byBounds(grid: (number | null)[][]): Map<string, [number, number]> {
  const rows = grid.length - 1;
  const columns = grid[0]!.length - 1;
  const unknowns = grid.flatMap((line, row) => line.flatMap((value, column) => (value === null ? [[row, column] as const] : [])));
  const at = new Map(unknowns.map(([row, column], index) => [`${row},${column}`, index]));
  const n = unknowns.length;
  // Equations: each line's entries add up to its total. As rows [coefficients..., constant].
  const equations: number[][] = [];
  const addLine = (entries: [number, number][], total: [number, number]) => {
    const equation = new Array<number>(n + 1).fill(0);
    for (const [row, column, sign] of [...entries.map(([r, c]) => [r, c, 1] as const), [total[0], total[1], -1] as const]) {
      const index = at.get(`${row},${column}`);
      if (index === undefined) equation[n]! -= sign * grid[row]![column]!;
      else equation[index]! += sign;
    }
    equations.push(equation);
  };
  for (let row = 0; row <= rows; row += 1) addLine(Array.from({ length: columns }, (_, column) => [row, column]), [row, columns]);
  for (let column = 0; column <= columns; column += 1) addLine(Array.from({ length: rows }, (_, row) => [row, column]), [rows, column]);
  // Reduced row echelon form.
  const pivots: number[] = [];
  let rank = 0;
  for (let variable = 0; variable < n && rank < equations.length; variable += 1) {
    const found = equations.findIndex((equation, index) => index >= rank && Math.abs(equation[variable]!) > 1e-9);
    if (found === -1) continue;
    [equations[rank], equations[found]] = [equations[found]!, equations[rank]!];
    const pivot = equations[rank]![variable]!;
    equations[rank] = equations[rank]!.map((value) => value / pivot);
    equations.forEach((equation, index) => {
      if (index === rank || Math.abs(equation[variable]!) < 1e-12) return;
      const factor = equation[variable]!;
      equations[index] = equation.map((value, position) => value - factor * equations[rank]![position]!);
    });
    pivots.push(variable);
    rank += 1;
  }
  const free = [...Array(n).keys()].filter((variable) => !pivots.includes(variable));
  const result = new Map<string, [number, number]>();
  unknowns.forEach(([row, column], target) => {
    // Constraints a . (free..., z) <= c, over the free variables and z = the target.
    const width = free.length + 1;
    const constraints: { a: number[]; c: number }[] = [];
    const expression = (variable: number): { a: number[]; c: number } => {
      // variable = c - a . free
      const pivotRow = pivots.indexOf(variable);
      if (pivotRow === -1) return { a: free.map((each) => (each === variable ? -1 : 0)), c: 0 };
      return { a: free.map((each) => equations[pivotRow]![each]!), c: equations[pivotRow]![n]! };
    };
    for (let variable = 0; variable < n; variable += 1) {
      const { a, c } = expression(variable); // variable >= 0  <=>  a . free <= c
      constraints.push({ a: [...a, 0], c });
    }
    const goal = expression(target); // z = c - a . free
    constraints.push({ a: [...goal.a, 1], c: goal.c }, { a: [...goal.a.map((value) => -value), -1], c: -goal.c });
    let system = constraints;
    for (let variable = 0; variable < width - 1; variable += 1) {
      const positive = system.filter((each) => each.a[variable]! > 1e-12);
      const negative = system.filter((each) => each.a[variable]! < -1e-12);
      const zero = system.filter((each) => Math.abs(each.a[variable]!) <= 1e-12);
      const combined = positive.flatMap((p) => negative.map((q) => {
        const wp = -q.a[variable]!;
        const wq = p.a[variable]!;
        return { a: p.a.map((value, index) => wp * value + wq * q.a[index]!), c: wp * p.c + wq * q.c };
      }));
      const seen = new Set<string>();
      system = [...zero, ...combined].filter((each) => {
        const key = each.a.map((value) => value.toFixed(9)).join(",") + "|" + each.c.toFixed(9);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    let lower = 0;
    let upper = Infinity;
    for (const { a, c } of system) {
      const alpha = a[width - 1]!;
      if (alpha > 1e-12) upper = Math.min(upper, c / alpha);
      else if (alpha < -1e-12) lower = Math.max(lower, c / alpha);
    }
    result.set(`${row},${column}`, [Math.round(lower), upper === Infinity ? Infinity : Math.round(upper)]);
  });
  return result;
}

describe("suppressSmallCells, hand-worked", () => {
  it("hides small counts and enough others that totals give nothing away, and records the rule", () => {
    const published = suppressSmallCells({ rows: ["North", "South"], columns: ["men", "women"], cells: [[40, 3], [25, 12]] });
    expect(published.cells).toEqual([[null, null], [null, null]]);
    expect([published.rowTotals, published.columnTotals, published.total]).toEqual([[43, 37], [65, 15], 80]);
    expect(published.rule).toMatchObject({ threshold: 5, suppressZeros: false });
    expect(disclosureIntervals(published)).toEqual([
      { row: "North", column: "men", lower: 28, upper: 43 },
      { row: "North", column: "women", lower: 0, upper: 15 },
      { row: "South", column: "men", lower: 22, upper: 37 },
      { row: "South", column: "women", lower: 0, upper: 15 },
    ]);
  });

  it("hides small totals too, publishes zeros unless asked, and leaves a table without small counts alone", () => {
    const small = suppressSmallCells({ rows: ["A", "B", "C"], columns: ["x", "y"], cells: [[2, 1], [10, 20], [30, 0]] });
    expect(small.suppressed.filter((entry) => entry.reason === "primary").map((entry) => `${entry.row}/${entry.column}`)).toEqual(["A/x", "A/y", "A/total"]);
    expect(small.cells[2]![1]).toBe(0);
    // One row: each column total equals its cell, so hiding the zero hides its column total and, to protect both, column y too.
    const zeros = suppressSmallCells({ rows: ["A"], columns: ["x", "y"], cells: [[0, 9]] }, { suppressZeros: true });
    expect(zeros.suppressed.map((entry) => `${entry.row}/${entry.column} ${entry.reason}`)).toEqual(["A/x primary", "total/x primary", "A/y complementary", "total/y complementary"]);
    expect(zeros.total).toBe(9);
    const large = suppressSmallCells({ rows: ["A", "B"], columns: ["x", "y"], cells: [[10, 20], [30, 40]] });
    expect([large.suppressed, large.cells]).toEqual([[], [[10, 20], [30, 40]]]);
    expect(suppressSmallCells({ rows: ["A"], columns: ["x"], cells: [[3]] }).total).toBeNull();
  });

  it("audits a published table: no upper bound when nothing bounds an entry, and nothing for a table that contradicts itself", () => {
    // Everything hidden, the grand total too: the one count could be any whole number.
    expect(disclosureIntervals(suppressSmallCells({ rows: ["A"], columns: ["x"], cells: [[3]] }))).toEqual([
      { row: "A", column: "x", lower: 0, upper: Infinity },
      { row: "A", column: "total", lower: 0, upper: Infinity },
      { row: "total", column: "x", lower: 0, upper: Infinity },
      { row: "total", column: "total", lower: 0, upper: Infinity },
    ]);
    // A row total that is not the sum of its published cells: no table fits, so there is no range to give.
    const published = suppressSmallCells({ rows: ["A", "B"], columns: ["x", "y"], cells: [[3, 20], [30, 40]] });
    expect(disclosureIntervals({ ...published, rowTotals: [published.rowTotals[0]!, 71] })).toEqual([]);
  });

  it("throws for an impossible table or threshold, naming it", () => {
    const shape = "table must have at least one row and one column label.";
    expect(() => suppressSmallCells({ rows: [], columns: ["x"], cells: [] })).toThrow(shape);
    expect(() => suppressSmallCells({ rows: ["A"], columns: [], cells: [[]] })).toThrow(shape);
    expect(() => suppressSmallCells({ rows: "A", columns: ["x"], cells: [[1]] } as never)).toThrow(shape);
    expect(() => suppressSmallCells({ rows: ["A"], columns: "x", cells: [[1]] } as never)).toThrow(shape);
    expect(() => suppressSmallCells(undefined as never)).toThrow(shape);
    expect(() => suppressSmallCells({ rows: ["A"], columns: ["x", "y"], cells: [[1]] })).toThrow("table.cells must have 1 rows of 2 counts.");
    expect(() => suppressSmallCells({ rows: ["A", "B"], columns: ["x"], cells: [[1]] })).toThrow("table.cells must have 2 rows of 1 counts.");
    expect(() => suppressSmallCells({ rows: ["A", "B"], columns: ["x"], cells: [[1], [2, 3]] })).toThrow("table.cells must have 2 rows of 1 counts.");
    expect(() => suppressSmallCells({ rows: ["A", "B"], columns: ["x"], cells: [[1], 2] } as never)).toThrow("table.cells must have 2 rows of 1 counts.");
    expect(() => suppressSmallCells({ rows: ["A"], columns: ["x"], cells: "1" } as never)).toThrow("table.cells must have 1 rows of 1 counts.");
    expect(() => suppressSmallCells({ rows: ["A"], columns: ["x"], cells: [[1.5]] })).toThrow("table.cells[0][0] must be a whole number of at least 0; got 1.5.");
    expect(() => suppressSmallCells({ rows: ["A"], columns: ["x", "y"], cells: [[1, -1]] })).toThrow("table.cells[0][1] must be a whole number of at least 0; got -1.");
    expect(() => suppressSmallCells({ rows: ["A"], columns: ["x"], cells: [[1]] }, { threshold: 0 })).toThrow("threshold must be a whole number of at least 1; got 0.");
    expect(() => suppressSmallCells({ rows: ["A"], columns: ["x"], cells: [[1]] }, { threshold: 2.5 })).toThrow("threshold must be a whole number of at least 1; got 2.5.");
  });

  it("records the rule it applied in words", () => {
    expect(suppressSmallCells({ rows: ["A"], columns: ["x"], cells: [[30]] }, { threshold: 11, suppressZeros: true }).rule).toEqual({
      threshold: 11,
      suppressZeros: true,
      method:
        "Counts (cells and totals) from 1 to threshold - 1 suppressed; then, while a row or column (with its total) has exactly one suppressed entry, or a suppressed entry can be worked out exactly from the published numbers, the smallest positive published entry of that row or column is suppressed too.",
    });
  });
});

describe("suppressSmallCells, each step of the rule by hand", () => {
  const labelled = (cells: number[][]) => ({ rows: cells.map((_, row) => `r${row}`), columns: cells[0]!.map((_, column) => `c${column}`), cells });
  const listed = (published: PublishedTable) => published.suppressed.map((entry) => `${entry.row}/${entry.column} ${entry.reason}`);

  it("hides, beside a lone small count, the smallest positive published entry of its line: not a zero, not a larger one", () => {
    // Row r0 holds the only small count (3); of 0, 10, 20 and the row total 33 it takes 10. Column c0 then has 3 alone: of 40
    // and the column total 43 it takes 40; and so on until no line has exactly one hidden entry.
    expect(listed(suppressSmallCells(labelled([[3, 0, 10, 20], [40, 20, 0, 30]])))).toEqual([
      "r0/c0 primary",
      "r0/c2 complementary",
      "r1/c0 complementary",
      "r1/c1 complementary",
      "total/c1 complementary",
      "total/c2 complementary",
    ]);
    // One row: of 7, 0, 12 and the total 22 (the column totals repeat the cells), 7 is hidden, with its column total.
    expect(listed(suppressSmallCells(labelled([[3, 7, 0, 12]])))).toEqual(["r0/c0 primary", "total/c0 primary", "r0/c1 complementary", "total/c1 complementary"]);
  });

  it("hides more when the published zeros and totals pin a hidden entry down by bounds, though no line has one hidden entry alone", () => {
    // The lone-entry rule stops at nine hidden entries, with r2's total (30), c2's total (23) and the grand total (46) published.
    // No line has one hidden entry, yet a reader works out r2/c2: the zeros above make c0's and c1's totals equal r2's
    // entries, which add up to 46 - 23 = 23, so r2/c2 = 30 - 23 = 7. The attack finds it and hides r2's total too.
    const published = suppressSmallCells(labelled([[0, 0, 13], [0, 0, 3], [18, 5, 7]]));
    expect(listed(published)).toEqual([
      "r1/c2 primary",
      "r1/total primary",
      "r0/c2 complementary",
      "r0/total complementary",
      "r2/c0 complementary",
      "r2/c1 complementary",
      "r2/c2 complementary",
      "r2/total complementary",
      "total/c0 complementary",
      "total/c1 complementary",
    ]);
    expect(disclosureIntervals(published).every((interval) => interval.lower < interval.upper)).toBe(true);
  });

  it("turns to the column of an entry worked out when its row is all hidden, and to the whole table when both are", () => {
    // suppressZeros: the two zeros and their row totals are hidden; the row of 7 has nothing left to hide but its own
    // entries, so its column gives the 7 and its total.
    const column = suppressSmallCells(labelled([[0], [0], [7]]), { suppressZeros: true });
    expect(listed(column)).toEqual(["r0/c0 primary", "r0/total primary", "r1/c0 primary", "r1/total primary", "r2/c0 complementary", "r2/total complementary"]);
    expect([column.columnTotals, column.total]).toEqual([[7], 7]);
    // Both lines of an entry worked out all hidden, away from the first column: r0 (7, two zeros, its total) and c1 (three
    // zeros) are hidden when a reader still works out r0/c1 (c0's total 13 and the grand total 19 leave 6 for c1 and c2, and
    // r1/c2 shows 6). The smallest published entry anywhere, r1/c2's 6, is hidden; the column totals' line keeps its 13.
    const second = suppressSmallCells(labelled([[7, 0, 0], [6, 0, 6]]), { suppressZeros: true });
    expect(listed(second)).toContain("r1/c2 complementary");
    expect([second.cells[1], second.columnTotals, second.total]).toEqual([[null, null, null], [13, null, null], 19]);
    // Every row and the zero columns are hidden already; the last published entry that protects them is the column total of c0.
    const anywhere = suppressSmallCells(labelled([[3, 0, 0], [4, 0, 0]]), { suppressZeros: true });
    expect(listed(anywhere).at(-1)).toBe("total/c0 complementary");
    expect([anywhere.columnTotals, anywhere.total]).toEqual([[null, null, null], 7]);
    for (const published of [column, second, anywhere]) expect(disclosureIntervals(published).every((interval) => interval.lower < interval.upper)).toBe(true);
  });
});

describe("suppressSmallCells resists attacks", () => {
  const tableArb = fc
    .record({ rows: fc.integer({ min: 1, max: 3 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) => fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }))
    .map((cells) => ({ rows: cells.map((_, row) => `r${row}`), columns: cells[0]!.map((_, column) => `c${column}`), cells }));

  it("hides every small count, publishes the rest as they are, and no hidden entry can be worked out by subtraction or by bounds", () => {
    fc.assert(
      fc.property(tableArb, fc.constantFrom(3, 5, 11), (table, threshold) => {
        const published = suppressSmallCells(table, { threshold });
        const truth = gridOf(suppressSmallCells(table, { threshold: 1 })) as number[][];
        const shown = gridOf(published);
        shown.forEach((line, row) =>
          line.forEach((value, column) => {
            const real = truth[row]![column]!;
            if (value === null) return;
            expect(value).toBe(real);
            expect(real === 0 || real >= threshold).toBe(true);
          }),
        );
        // Attack 1: subtraction recovers nothing hidden.
        const recovered = bySubtraction(shown);
        shown.forEach((line, row) => line.forEach((value, column) => value === null && expect(recovered[row]![column]).toBeNull()));
        // Attack 2: every hidden entry keeps a range of more than one value, the same range the library reports.
        const bounds = byBounds(shown);
        const reported = disclosureIntervals(published);
        expect(reported.length).toBe(bounds.size);
        for (const interval of reported) {
          const row = interval.row === "total" ? table.rows.length : table.rows.indexOf(interval.row);
          const column = interval.column === "total" ? table.columns.length : table.columns.indexOf(interval.column);
          const [lower, upper] = bounds.get(`${row},${column}`)!;
          expect([interval.lower, interval.upper]).toEqual([lower, upper]);
          expect(lower).toBeLessThan(upper);
          expect(truth[row]![column]!).toBeGreaterThanOrEqual(lower);
          expect(truth[row]![column]!).toBeLessThanOrEqual(upper);
        }
      }),
      { numRuns: 300 },
    );
  });
});
