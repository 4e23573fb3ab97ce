/**
 * The EU minimum quality standards in drug demand reduction: Council conclusions endorsed by the
 * Council of the European Union on 14 September 2015 (Council document 11985/15), listing 16
 * non-binding standards in three areas: prevention; risk and harm reduction; treatment, social
 * integration and rehabilitation.
 *
 * Where it comes from: the conclusions' title, document number and dates were checked against a stored
 * copy of the document's first page; the three areas against the EMCDDA's 2015 news item and other
 * summaries. The content of the standards was reachable only through secondary summaries, which give
 * five standards of the treatment area.
 *
 * Limits: only five of the 16 standards (D3.1 to D3.5) carry the Council's content, paraphrased from
 * those summaries and not checked against the Council text. The prevention and harm-reduction
 * standards, and any further treatment standards, are missing; the two nodes under each of those areas
 * are our own inferences from the EMCDDA's description of the set as a whole, flagged `illustrative`,
 * and are not the Council's standards. Area codes and standard numbering are ours. Guidance and
 * evidence types are ours.
 */
import { deepFreeze } from "../../_lib/deep-freeze.js";
import type { DerivedFromLink, Framework, LinkRelation, SourceCitation } from "../framework.js";

const DOCUMENT =
  "Council conclusions on the implementation of the EU Action Plan on Drugs 2013-2016 regarding minimum quality standards in drug demand reduction in the European Union";
const EDITION = "Council document 11985/15, 16 September 2015";

/** A link to a root principle of the 2020 International Standards. */
function is2020(nodeId: "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7", relation: LinkRelation): DerivedFromLink {
  return { frameworkId: "unodc-who-is-2020", version: "2020", nodeId, relation };
}

const AREA_SOURCE: SourceCitation = {
  document: DOCUMENT,
  edition: EDITION,
  verified: false,
  note: "Area named as in the EMCDDA news item of 2015 (euda.europa.eu/news/2015/eu-minimum-quality-standards_en) and Dianova's summary; not checked against the Council text. The code is ours, following the order in which every source lists the areas.",
};

const TREATMENT_SOURCE: SourceCitation = {
  document: DOCUMENT,
  edition: EDITION,
  verified: false,
  note: "Content of the Council's standard, paraphrased in our words from secondary summaries (dianova.org/news/minimum-quality-standards/ and dianova.org/advocacy-articles/quality-of-drug-demand-reduction-services/); not checked against the Council text. Numbering is ours, in the order of those summaries.",
};

const INFERRED_SOURCE: SourceCitation = {
  document: DOCUMENT,
  edition: EDITION,
  verified: false,
  note: "Not a standard of the Council: inferred by the catalog authors from the EMCDDA's description of the 16 standards as a whole (staff training, evidence-based interventions, respect for individual needs, ethics), in European Drug Report 2017, 'Demand reduction: European standards'. The Council's standards for this area were not reachable.",
};

/**
 * The EU minimum quality standards in drug demand reduction (Council conclusions, 2015) as a framework:
 * three areas as roots (`D1` prevention, `D2` risk and harm reduction, `D3` treatment, social
 * integration and rehabilitation). Only the five treatment standards `D3.1` to `D3.5` carry the
 * Council's content (paraphrased); the nodes under `D1` and `D2` are illustrative inferences, because
 * the Council's prevention and harm-reduction standards were not in the public record we could read.
 * Our own paraphrase, not endorsed by the Council of the European Union or the EMCDDA.
 *
 * @example
 * ```ts
 * import { euMinimumQualityStandards2015 } from "treatment-quality";
 *
 * euMinimumQualityStandards2015.nodes.filter((node) => node.parentId === undefined).length; // => 3
 * euMinimumQualityStandards2015.nodes.filter((node) => node.kind === "standard" && node.illustrative !== true).length; // => 5
 * ```
 */
export const euMinimumQualityStandards2015: Framework = /* @__PURE__ */ deepFreeze({
  id: "eu-mqs-2015",
  version: "2015",
  title: {
    en: "EU minimum quality standards in drug demand reduction (2015)",
    ru: "Минимальные стандарты качества ЕС в области снижения спроса на наркотики (2015)",
  },
  description: {
    en: "The 16 non-binding minimum quality standards for drug demand reduction adopted as Council conclusions in September 2015 (Council document 11985/15), in three areas: prevention; risk and harm reduction; treatment, social integration and rehabilitation. This catalog holds the three areas and the five treatment standards whose content the public record we could read gives (D3.1 to D3.5, paraphrased). Missing: all of the Council's prevention and risk and harm reduction standards, and any treatment standards beyond these five, that is 11 of the 16. The two nodes under each of D1 and D2 are our inferences, flagged illustrative, not the Council's standards.",
    ru: "16 необязательных минимальных стандартов качества в области снижения спроса на наркотики, принятых в виде заключений Совета ЕС в сентябре 2015 года (документ Совета 11985/15), в трёх областях: профилактика; снижение рисков и вреда; лечение, социальная интеграция и реабилитация. Каталог содержит три области и пять стандартов лечения, содержание которых удалось подтвердить по открытым источникам (D3.1–D3.5, в пересказе). Отсутствуют все стандарты Совета по профилактике и по снижению рисков и вреда, а также стандарты лечения сверх этих пяти — 11 из 16. Два узла в каждой из областей D1 и D2 — наши выводы, помеченные как иллюстративные, а не стандарты Совета.",
  },
  publisher: "Council of the European Union",
  year: 2015,
  source: {
    document: DOCUMENT,
    edition: EDITION,
    verified: true,
    note: "Title, document number (11985/15, CORDROGUE 70, SAN 279), date (Brussels, 16 September 2015) and endorsement by the Council (General Affairs) on 14 September 2015 checked against a stored copy of the document's first page (m.moam.info, 'conclusions-on-the-implementation-of-minimum-quality-emcdda') and the drugsandalcohol.ie record 24317. The count of 16 standards and the three areas are from the EMCDDA (euda.europa.eu/news/2015/eu-minimum-quality-standards_en). The content of single standards was not checked against the Council text: see each node.",
  },
  status: "official",
  license:
    "Source: a document of the Council of the European Union; reuse of Council documents is generally allowed with acknowledgement of the source. This catalog's text (paraphrased titles, guidance, evidence types, translations) is our own writing, under the package's MIT licence.",
  notice:
    "Our own paraphrase, not the Council's wording, and not endorsed by the Council of the European Union or the EMCDDA. D3.1 to D3.5 paraphrase the Council's treatment standards as secondary sources summarise them (D3.5 is known only from its opening words). The Council's prevention and risk and harm reduction standards, and any further treatment standards (11 of 16), are missing from this catalog; D1.1, D1.2, D2.1 and D2.2 are our inferences (illustrative), not Council standards. Area codes, numbering, guidance and evidence types are ours.",
  nodes: [
    // D1. Prevention: outside the scope of treatment standards; no links to the 2020 principles.
    {
      id: "D1",
      code: "D1",
      kind: "domain",
      title: { en: "Drug use prevention", ru: "Профилактика употребления наркотиков" },
      source: AREA_SOURCE,
    },
    {
      id: "D1.1",
      parentId: "D1",
      code: "D1.1",
      kind: "standard",
      title: {
        en: "Prevention interventions are chosen on evidence of effectiveness (inferred)",
        ru: "Профилактические вмешательства выбираются на основе данных об эффективности (вывод)",
      },
      guidance: {
        en: "Check that each prevention programme the provider runs names the evidence or guideline it relies on (for example the European drug prevention quality standards) and that what is delivered matches it.",
        ru: "Проверьте, что для каждой профилактической программы поставщика указаны данные или руководство, на которые она опирается (например, Европейские стандарты качества профилактики наркомании), и что проводимая работа им соответствует.",
      },
      evidence: ["document-review", "staff-interview"],
      source: INFERRED_SOURCE,
      illustrative: true,
    },
    {
      id: "D1.2",
      parentId: "D1",
      code: "D1.2",
      kind: "standard",
      title: {
        en: "Staff who deliver prevention interventions are trained for them (inferred)",
        ru: "Сотрудники, проводящие профилактические вмешательства, обучены их проведению (вывод)",
      },
      guidance: {
        en: "Compare staff training records with the programmes each person delivers; ask staff how they were prepared for the programme they run.",
        ru: "Сравните записи об обучении сотрудников с программами, которые проводит каждый из них; спросите сотрудников, как их готовили к проводимой программе.",
      },
      evidence: ["document-review", "staff-interview"],
      source: INFERRED_SOURCE,
      illustrative: true,
    },

    // D2. Risk and harm reduction.
    {
      id: "D2",
      code: "D2",
      kind: "domain",
      title: { en: "Risk and harm reduction", ru: "Снижение рисков и вреда" },
      source: AREA_SOURCE,
    },
    {
      id: "D2.1",
      parentId: "D2",
      code: "D2.1",
      kind: "standard",
      title: {
        en: "Harm reduction interventions are evidence-based and fit the needs of the people served (inferred)",
        ru: "Вмешательства по снижению вреда основаны на научных данных и соответствуют потребностям обслуживаемых людей (вывод)",
      },
      guidance: {
        en: "Check that the services offered (for example needle and syringe programmes, naloxone, outreach, testing) rest on current guidelines and that the provider has assessed its clients' needs; ask clients whether the service fits what they need.",
        ru: "Проверьте, что предлагаемые услуги (например, программы обмена игл и шприцев, налоксон, аутрич-работа, тестирование) опираются на действующие руководства и что поставщик оценил потребности своих клиентов; спросите клиентов, отвечает ли служба их нуждам.",
      },
      evidence: ["document-review", "client-interview"],
      source: INFERRED_SOURCE,
      illustrative: true,
      derivedFrom: [is2020("P4", "related")],
    },
    {
      id: "D2.2",
      parentId: "D2",
      code: "D2.2",
      kind: "standard",
      title: {
        en: "Harm reduction staff are trained for their tasks (inferred)",
        ru: "Сотрудники служб снижения вреда обучены выполнению своих задач (вывод)",
      },
      guidance: {
        en: "Compare staff training records with each person's tasks (for example overdose response, safer-use advice, referral to treatment); ask staff about the training they received.",
        ru: "Сравните записи об обучении сотрудников с задачами каждого (например, помощь при передозировке, консультирование о более безопасном употреблении, направление на лечение); спросите сотрудников о пройденном обучении.",
      },
      evidence: ["document-review", "staff-interview"],
      source: INFERRED_SOURCE,
      illustrative: true,
      derivedFrom: [is2020("P6", "related")],
    },

    // D3. Treatment, social integration and rehabilitation.
    {
      id: "D3",
      code: "D3",
      kind: "domain",
      title: { en: "Treatment, social integration and rehabilitation", ru: "Лечение, социальная интеграция и реабилитация" },
      source: AREA_SOURCE,
    },
    {
      id: "D3.1",
      parentId: "D3",
      code: "D3.1",
      kind: "standard",
      title: {
        en: "Evidence-based treatment tailored to each service user, respecting dignity and readiness to change",
        ru: "Основанное на научных данных лечение, подобранное для каждого клиента, с уважением его достоинства и готовности к изменениям",
      },
      guidance: {
        en: "Check that the treatments offered rest on current guidelines, that sampled treatment plans reflect each person's assessed needs, and that clients describe being treated with respect and not pushed faster than they are ready to go.",
        ru: "Проверьте, что предлагаемое лечение опирается на действующие руководства, что в выбранных планах лечения отражены оценённые потребности каждого человека и что клиенты говорят об уважительном отношении и о том, что их не торопят сверх их готовности.",
      },
      evidence: ["document-review", "record-review", "client-interview"],
      source: TREATMENT_SOURCE,
      derivedFrom: [is2020("P4", "narrower"), is2020("P2", "related")],
    },
    {
      id: "D3.2",
      parentId: "D3",
      code: "D3.2",
      kind: "standard",
      title: {
        en: "Treatment available on request to all in need, without exclusion, in reasonable time and with continuity of care",
        ru: "Лечение доступно по запросу всем нуждающимся, без исключений, в разумный срок и с преемственностью помощи",
      },
      guidance: {
        en: "Read the admission criteria for exclusions based on personal or social characteristics or ability to pay; compute waiting times from first request to start of treatment; check in records that transfers between services happened without gaps.",
        ru: "Изучите критерии приёма на предмет исключений по личным или социальным признакам либо платёжеспособности; рассчитайте время ожидания от первого запроса до начала лечения; проверьте по картам, что переводы между службами проходили без перерывов.",
      },
      evidence: ["document-review", "data", "record-review"],
      source: TREATMENT_SOURCE,
      derivedFrom: [is2020("P1", "narrower"), is2020("P4", "related")],
    },
    {
      id: "D3.3",
      parentId: "D3",
      code: "D3.3",
      kind: "standard",
      title: {
        en: "Treatment and social integration goals set step by step, reviewed, with relapse management",
        ru: "Цели лечения и социальной интеграции ставятся поэтапно, пересматриваются, предусмотрена работа с рецидивами",
      },
      guidance: {
        en: "Check that sampled plans hold staged goals with review dates and that reviews took place; ask staff how a relapse is handled and check that a relapse does not by itself end a client's treatment.",
        ru: "Проверьте, что в выбранных планах есть поэтапные цели с датами пересмотра и что пересмотры проводились; спросите персонал, как поступают при рецидиве, и убедитесь, что рецидив сам по себе не прекращает лечение клиента.",
      },
      evidence: ["record-review", "staff-interview"],
      source: TREATMENT_SOURCE,
      derivedFrom: [is2020("P4", "narrower")],
    },
    {
      id: "D3.4",
      parentId: "D3",
      code: "D3.4",
      kind: "standard",
      title: { en: "Treatment based on informed consent", ru: "Лечение на основе информированного согласия" },
      guidance: {
        en: "Check sampled records for consent given before treatment started, after information about the treatment and its alternatives; ask clients what they were told and whether they felt free to refuse.",
        ru: "Проверьте в выбранных картах согласие, данное до начала лечения после информирования о лечении и его альтернативах; спросите клиентов, что им сообщили и чувствовали ли они себя вправе отказаться.",
      },
      evidence: ["record-review", "client-interview"],
      source: TREATMENT_SOURCE,
      derivedFrom: [is2020("P2", "narrower")],
    },
    {
      id: "D3.5",
      parentId: "D3",
      code: "D3.5",
      kind: "standard",
      title: { en: "Treatment delivered by qualified staff", ru: "Лечение проводится квалифицированным персоналом" },
      guidance: {
        en: "Compare staff files with the qualifications each post requires and check records of continuing training. The secondary source gives only the opening words of this standard, so check the Council text for anything further it requires.",
        ru: "Сравните личные дела сотрудников с квалификационными требованиями к каждой должности и проверьте записи о непрерывном обучении. Вторичный источник приводит лишь начало этого стандарта, поэтому дополнительные требования сверьте с текстом Совета.",
      },
      evidence: ["document-review", "staff-interview"],
      source: {
        ...TREATMENT_SOURCE,
        note: "Content of the Council's standard as far as known: the secondary summary (dianova.org/advocacy-articles/quality-of-drug-demand-reduction-services/) is cut off after its opening words, so only the requirement of qualified staff is known. Not checked against the Council text. Numbering is ours.",
      },
      derivedFrom: [is2020("P6", "narrower")],
    },
  ],
});
