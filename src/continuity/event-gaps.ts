/**
 * Intervals, gaps and carry-over between a patient's events, as AdhereR 0.8.1 computes them
 * (`compute.event.int.gaps`). Each selected event covers `duration` days from its date; the time to
 * the next selected event (or to the window's end, for the last) is its interval; what the interval
 * does not cover, after any supply carried over from earlier events, is its gap.
 */
import type { PatientEvent } from "./patient-events.js";
import { eventsWithin } from "./windows.js";

/** How supply left over at the next event is treated. */
export interface CarryOverOptions {
  /** Carry supply left over at one event into the next event's interval. */
  readonly withinWindow: boolean;
  /** Select events before the observation window too, so their supply carries into it. */
  readonly intoWindow: boolean;
  /** Drop the carried supply when the medication changes at the next event. */
  readonly onlyForSameMedication: boolean;
  /** Scale the carried supply by old dose / new dose when the dose changes. */
  readonly considerDosageChange: boolean;
}

/** One selected event with its interval, the supply carried into it, and its gap. */
export interface EventSpan {
  readonly event: PatientEvent;
  /** Days from this event to the next selected one, or to the window end for the last. */
  readonly interval: number;
  /** Supply carried into this event from earlier events (days, possibly fractional). */
  readonly carryIn: number;
  /** Days of the interval not covered. */
  readonly gap: number;
}

/**
 * The spans of the events on or before `windowEnd` (and, unless carrying into the window, on or
 * after `windowStart`), in date order.
 */
export function eventSpans(events: readonly PatientEvent[], windowStart: number, windowEnd: number, carry: CarryOverOptions): EventSpan[] {
  const selected = eventsWithin(events, { start: carry.intoWindow ? -Infinity : windowStart, end: windowEnd });
  const spans: EventSpan[] = [];
  let carried = 0;
  for (let position = 0; position < selected.length; position += 1) {
    const event = selected[position]!;
    const next = selected[position + 1];
    const interval = (next === undefined ? windowEnd : next.day) - event.day;
    if (!carry.withinWindow) {
      spans.push({ event, interval, carryIn: 0, gap: Math.max(0, interval - event.duration) });
      continue;
    }
    const carryIn = carried;
    const remainder = interval - event.duration - carryIn;
    const gap = remainder < 0 ? 0 : remainder;
    carried = remainder < 0 ? -remainder : 0;
    if (next !== undefined) {
      const changed = event.medication !== next.medication;
      if (carry.onlyForSameMedication && changed) carried = 0;
      else if (carry.considerDosageChange && event.dose !== undefined && next.dose !== undefined) carried *= event.dose / next.dose;
    }
    spans.push({ event, interval, carryIn, gap });
  }
  return spans;
}
