/** The service volume: how much a service delivered in a period, for disruption analysis. */
import * as z from "zod";
import { VOLUME_UNIT } from "../codes/index.js";
import { PeriodSchema } from "../days/index.js";
import { codeOf, identifier } from "../_lib/fields.js";

/**
 * Schema of a service volume: how many patients, contacts, doses or tests a service of a facility
 * counted in an inclusive period. Disruption is measured against a baseline of these. Cross-field
 * rule JSON Schema cannot express: the period's start is not after its end. Unknown keys are
 * rejected (the period itself drops unknown keys, as {@link PeriodSchema} does).
 *
 * @example
 * ```ts
 * import { ServiceVolumeSchema } from "treatment-quality";
 *
 * ServiceVolumeSchema.parse({ facilityId: "UZ-TAS-01", serviceId: "UZ-TAS-01-OAT", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "patients", count: 212 }).count; // => 212
 * ServiceVolumeSchema.safeParse({ facilityId: "UZ-TAS-01", serviceId: "UZ-TAS-01-OAT", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "patients", count: -1 }).success; // => false
 * ```
 */
export const ServiceVolumeSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      facilityId: identifier("The facility."),
      serviceId: identifier("The service of the facility (a Service record's id)."),
      period: PeriodSchema.describe("The days counted, both ends included."),
      unit: codeOf(VOLUME_UNIT, "What is counted."),
      count: z.int().min(0).describe("How many were counted: a whole number, 0 or more."),
    })
    .meta({
      title: "ServiceVolume",
      description: "The volume a service of a facility delivered in an inclusive period. Rule not expressed in JSON Schema: period.start <= period.end. Unknown keys are rejected.",
      examples: [
        { facilityId: "UZ-TAS-01", serviceId: "UZ-TAS-01-OAT", period: { start: "2020-03-01", end: "2020-03-31" }, unit: "patients", count: 230 },
        { facilityId: "UZ-TAS-01", serviceId: "UZ-TAS-01-NSP", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "kits-distributed", count: 0 },
      ],
    }))();

/**
 * A service volume, as {@link ServiceVolumeSchema} checks it.
 *
 * @example
 * ```ts
 * import type { ServiceVolume } from "treatment-quality";
 *
 * const volume: ServiceVolume = { facilityId: "F1", serviceId: "F1-OAT", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "patients", count: 212 };
 * ```
 */
export type ServiceVolume = z.infer<typeof ServiceVolumeSchema>;
