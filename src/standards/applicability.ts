/** Which criteria of a framework apply to a given service. */
import type { Service } from "../services/index.js";
import type { Applicability, Framework, FrameworkNode } from "./framework.js";
import { frameworkTree } from "./framework-tree.js";

/**
 * What is known about a service for choosing the criteria that apply to it: its modalities,
 * settings and the populations with special needs it serves. A dimension left out is unknown and
 * excludes nothing; an empty list says "none" (a service with `populations: []` serves no special
 * population, so population-specific criteria do not apply to it).
 *
 * @example
 * ```ts
 * import type { ApplicabilityProfile } from "treatment-quality";
 *
 * const oatProgramme: ApplicabilityProfile = { modalities: ["outpatient"], settings: ["specialised"], populations: ["women"] };
 * ```
 */
export interface ApplicabilityProfile {
  readonly modalities?: readonly string[] | undefined;
  readonly settings?: readonly string[] | undefined;
  readonly populations?: readonly string[] | undefined;
}

/**
 * Whether an applicability admits a service: on every dimension that both restrict, they share a
 * code. An unrestricted applicability (`undefined`) admits every service.
 *
 * @param applicability - a node's (effective) applicability
 * @param profile - what is known about the service
 * @returns true when the node applies
 *
 * @example
 * ```ts
 * import { appliesTo } from "treatment-quality";
 *
 * appliesTo({ modalities: ["outpatient"] }, { modalities: ["outpatient", "recovery-management"] }); // => true
 * appliesTo({ modalities: ["long-term-residential"] }, { modalities: ["outpatient"] }); // => false
 * appliesTo({ populations: ["women"] }, { modalities: ["outpatient"] }); // => true (populations unknown)
 * ```
 */
export function appliesTo(applicability: Applicability | undefined, profile: ApplicabilityProfile): boolean {
  if (applicability === undefined) return true;
  return (["modalities", "settings", "populations"] as const).every((dimension) => {
    const required = applicability[dimension] as readonly string[] | undefined;
    const offered = profile[dimension];
    return required === undefined || offered === undefined || required.some((code) => offered.includes(code));
  });
}

/**
 * The leaves (the criteria assessors rate) of a framework that apply to a service, in reading
 * order. A leaf applies when its own applicability and that of all its ancestors admit the
 * profile ({@link appliesTo}).
 *
 * @param framework - the framework
 * @param profile - what is known about the service; see {@link profileOfService} to build one
 * @returns the applicable leaves
 *
 * @example
 * ```ts
 * import { applicableCriteria, frameworkTree, internationalStandards2020 } from "treatment-quality";
 *
 * const all = frameworkTree(internationalStandards2020).leaves.length;
 * const forOutreach = applicableCriteria(internationalStandards2020, { modalities: ["community-outreach"], populations: [] }).length;
 * forOutreach < all; // => true
 * ```
 */
export function applicableCriteria(framework: Framework, profile: ApplicabilityProfile): FrameworkNode[] {
  const tree = frameworkTree(framework);
  return tree.leaves.filter((leaf) => appliesTo(tree.applicability(leaf.id), profile));
}

/**
 * The profile of a service record: its modality, its setting if stated, and its populations if
 * stated (a service that does not list populations leaves that dimension unknown).
 *
 * @param service - a service record
 * @returns the service's {@link ApplicabilityProfile}
 *
 * @example
 * ```ts
 * import { profileOfService } from "treatment-quality";
 *
 * profileOfService({ id: "F1-OAT", facilityId: "F1", modality: "outpatient", setting: "specialised", openedOn: "2019-01-10", deliveryForms: ["in-person"] });
 * // => { modalities: ["outpatient"], settings: ["specialised"] }
 * ```
 */
export function profileOfService(service: Pick<Service, "modality" | "setting" | "populations">): ApplicabilityProfile {
  return {
    modalities: [service.modality],
    ...(service.setting === undefined ? {} : { settings: [service.setting] }),
    ...(service.populations === undefined ? {} : { populations: service.populations }),
  };
}
