/** The schemas `validate` checks against, by the names of the JSON Schema files, with what a CSV column holds. */
import type { z } from "zod";
import { AssessmentSchema } from "../assessment/index.js";
import { ContactSchema, FacilitySchema, MedicationEventSchema, ServiceSchema, ServiceVolumeSchema, TreatmentEpisodeSchema } from "../services/index.js";
import type { CsvColumnTypes } from "./read-input.js";

/** The schemas by name (the names of the shipped JSON Schema files). */
export const RECORD_SCHEMA_NAMES = {
  Facility: FacilitySchema,
  Service: ServiceSchema,
  TreatmentEpisode: TreatmentEpisodeSchema,
  MedicationEvent: MedicationEventSchema,
  Contact: ContactSchema,
  ServiceVolume: ServiceVolumeSchema,
  Assessment: AssessmentSchema,
} as const;

/** One of {@link RECORD_SCHEMA_NAMES}. */
export type RecordSchemaName = keyof typeof RECORD_SCHEMA_NAMES;

interface ZodInternals {
  readonly _zod: { readonly def: { readonly type: string; readonly innerType?: unknown; readonly shape?: Record<string, unknown> } };
  readonly shape?: Record<string, unknown>;
}

const unwrap = (schema: unknown): ZodInternals => {
  let here = schema as ZodInternals;
  while (here._zod.def.type === "optional" || here._zod.def.type === "default" || here._zod.def.type === "nullable") here = here._zod.def.innerType as ZodInternals;
  return here;
};

/** The columns a CSV file of records may have (top-level field names) and which hold numbers, booleans and lists. */
export function csvColumnsOf(schema: z.ZodType): { readonly known: ReadonlySet<string>; readonly types: CsvColumnTypes } {
  const numbers = new Set<string>();
  const booleans = new Set<string>();
  const lists = new Set<string>();
  const visit = (shape: Record<string, unknown>, prefix: string) => {
    for (const [name, field] of Object.entries(shape)) {
      const inner = unwrap(field);
      const column = `${prefix}${name}`;
      const type = inner._zod.def.type;
      if (type === "number") numbers.add(column);
      else if (type === "boolean") booleans.add(column);
      else if (type === "array") lists.add(column);
      else if (type === "object" && inner.shape !== undefined) visit(inner.shape, `${column}.`);
    }
  };
  const shape = unwrap(schema).shape ?? {};
  visit(shape, "");
  return { known: new Set(Object.keys(shape)), types: { numbers, booleans, lists } };
}
