/** Kinds of contact between a patient and a service, as follow-up measures need them. */
import { defineVocabulary } from "./vocabulary.js";

/**
 * The kind of a contact or visit. Follow-up measures (follow-up within 7 and 30 days after an
 * emergency visit or a high-intensity discharge; initiation and engagement) need to tell index
 * events (admissions, discharges, emergency visits) from qualifying contacts (visits, telemedicine,
 * dispensing). The categories follow the event types of the HEDIS measures FUA, FUM, FUI and IET
 * (NCQA), renamed in plain words; codes are ours.
 *
 * @example
 * ```ts
 * import { CONTACT_TYPE, codesOf } from "treatment-quality";
 *
 * codesOf(CONTACT_TYPE).includes("withdrawal-management-discharge"); // => true
 * ```
 */
export const CONTACT_TYPE = /* @__PURE__ */ (() => defineVocabulary({
  system: "contactType",
  title: "Contact type",
  source: "treatment-quality; event categories of the NCQA HEDIS follow-up and engagement measures (FUA, FUM, FUI, IET)",
  entries: [
    { code: "in-person-visit", name: "In-person outpatient visit" },
    { code: "telemedicine", name: "Telemedicine visit (video)" },
    { code: "telephone", name: "Telephone consultation" },
    { code: "dispensing", name: "Medication dispensing or observed dose" },
    { code: "group-session", name: "Group session" },
    { code: "home-visit", name: "Home visit" },
    { code: "outreach", name: "Outreach contact" },
    { code: "peer-support", name: "Peer support contact" },
    { code: "intensive-outpatient", name: "Intensive outpatient or partial hospitalisation day" },
    { code: "emergency-visit", name: "Emergency department visit" },
    { code: "inpatient-admission", name: "Inpatient admission" },
    { code: "inpatient-discharge", name: "Inpatient discharge" },
    { code: "residential-admission", name: "Residential admission" },
    { code: "residential-discharge", name: "Residential discharge" },
    { code: "withdrawal-management-discharge", name: "Discharge from withdrawal management" },
  ],
}))();
