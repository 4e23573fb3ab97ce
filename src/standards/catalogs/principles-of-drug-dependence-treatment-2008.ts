/**
 * The nine principles of the UNODC/WHO discussion paper "Principles of Drug Dependence Treatment"
 * (cover dated March 2008; UNODC's own pages date it 2009), the predecessor of the 2020 International
 * Standards for the Treatment of Drug Use Disorders. UNODC's TREATNET Quality Standards for Drug
 * Dependence Treatment and Care Services (2012) are organised on the nine priority areas that derive
 * from these principles.
 *
 * Where it comes from: the document, its edition and the count of nine principles were checked against
 * a stored copy of the paper's cover and introduction; the principle titles are given as recalled and
 * were not checked against the paper (each principle node says `verified: false`).
 *
 * Limits: the principles are the publisher's structure; everything under them (criteria, guidance,
 * evidence types, Russian text) is our own illustrative writing, not the paper's text, and is not
 * endorsed by UNODC or WHO. No sentence of the paper is reproduced. Each principle links to the
 * principle(s) of the 2020 International Standards (`unodc-who-is-2020`) it corresponds to.
 */
import { deepFreeze } from "../../_lib/deep-freeze.js";
import type { DerivedFromLink, EvidenceType, Framework, FrameworkNode, LinkRelation, LocalizedText, SourceCitation } from "../framework.js";

const DOCUMENT = "Principles of Drug Dependence Treatment";
const EDITION = "Discussion paper, March 2008";

const PRINCIPLE_NOTE =
  "Principle title as recalled from the discussion paper, not checked against it; the Russian title is our translation.";
const CRITERION_NOTE =
  "Criterion written for this library as an illustration of the principle; not text of the discussion paper.";

/** A link to a root principle of the 2020 International Standards. */
function is2020(nodeId: "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7", relation: LinkRelation): DerivedFromLink {
  return { frameworkId: "unodc-who-is-2020", version: "2020", nodeId, relation };
}

function source(principle: number, note: string): SourceCitation {
  return { document: DOCUMENT, edition: EDITION, section: `Principle ${principle}`, verified: false, note };
}

function principle(number: number, title: LocalizedText, derivedFrom: DerivedFromLink[]): FrameworkNode {
  return { id: `PR${number}`, code: `${number}`, kind: "principle", title, source: source(number, PRINCIPLE_NOTE), derivedFrom };
}

function criterion(
  principleNumber: number,
  index: number,
  title: LocalizedText,
  guidance: LocalizedText,
  evidence: EvidenceType[],
  derivedFrom: DerivedFromLink[] = [],
): FrameworkNode {
  return {
    id: `PR${principleNumber}.${index}`,
    parentId: `PR${principleNumber}`,
    code: `${principleNumber}.${index}`,
    kind: "criterion",
    title,
    guidance,
    evidence,
    source: source(principleNumber, CRITERION_NOTE),
    illustrative: true,
    ...(derivedFrom.length > 0 ? { derivedFrom } : {}),
  };
}

/**
 * The UNODC/WHO "Principles of Drug Dependence Treatment" (discussion paper, March 2008) as a
 * framework: the nine principles as roots (`PR1` to `PR9`), each with two or three illustrative
 * criteria written for this library (`PR1.1`, ...). Principles link to the 2020 International
 * Standards principles they correspond to. Our own paraphrase, not endorsed by UNODC or WHO.
 *
 * @example
 * ```ts
 * import { unodcWhoPrinciples2008 } from "treatment-quality";
 *
 * unodcWhoPrinciples2008.nodes.filter((node) => node.parentId === undefined).length; // => 9
 * unodcWhoPrinciples2008.nodes.find((node) => node.id === "PR6")?.derivedFrom?.[0]?.nodeId; // => "P3"
 * ```
 */
export const unodcWhoPrinciples2008: Framework = /* @__PURE__ */ deepFreeze({
  id: "unodc-who-principles-2008",
  version: "2008",
  title: {
    en: "UNODC/WHO Principles of Drug Dependence Treatment (2008)",
    ru: "Принципы лечения наркотической зависимости ЮНОДК/ВОЗ (2008)",
  },
  description: {
    en: "The nine principles of the UNODC/WHO discussion paper on drug dependence treatment (cover dated March 2008; UNODC also dates it 2009), which preceded the 2020 International Standards and on which the TREATNET Quality Standards (UNODC, 2012) are organised. Each principle carries two or three assessable criteria written for this library as illustrations. Principle titles are given as recalled and were not checked against the paper.",
    ru: "Девять принципов дискуссионного документа ЮНОДК/ВОЗ о лечении наркотической зависимости (на обложке — март 2008 года; ЮНОДК датирует его также 2009 годом), предшественника Международных стандартов 2020 года; на этих принципах построены Стандарты качества TREATNET (ЮНОДК, 2012). К каждому принципу даны два-три проверяемых критерия, написанных для этой библиотеки в качестве примера. Названия принципов приведены по памяти и не сверены с документом.",
  },
  publisher: "United Nations Office on Drugs and Crime and World Health Organization",
  year: 2008,
  source: {
    document: DOCUMENT,
    edition: EDITION,
    verified: true,
    note: "Title, 'Discussion Paper' and 'March 2008' checked against the cover of a stored copy of the paper (ar.scribd.com/document/404209345), whose introduction also names nine principles. UNODC's page 'Key tools of our work' (unodc.org/unodc/treatment-and-care/key-tools-of-our-work.html) says the paper was developed in 2009, calls it 'Principles of Drug Dependence Treatment and Care (2009)', and says the TREATNET Quality Standards for Drug Dependence Treatment and Care Services (UNODC, 2012) are based on nine priority areas derived from it. Only the document and edition were checked: principle titles were not (see each principle node).",
  },
  status: "official",
  license:
    "Source document: © United Nations Office on Drugs and Crime and World Health Organization (the licence of the 2008 discussion paper was not verified). Principle titles are reproduced as names. Everything else in this catalog (criteria, guidance, evidence types, translations) is our own writing, under the package's MIT licence.",
  notice:
    "Our own paraphrase, not endorsed by UNODC or WHO. The nine-principle structure is the publishers'; the criteria are illustrative elaborations written for this library, not text of the discussion paper. Principle titles are as recalled, not checked against the paper; Russian titles are our translation.",
  nodes: [
    // 1. Availability and accessibility.
    principle(1, { en: "Availability and Accessibility of Drug Dependence Treatment", ru: "Наличие и доступность лечения наркотической зависимости" }, [is2020("P1", "narrower")]),
    criterion(
      1,
      1,
      {
        en: "Clients can start treatment without barriers unrelated to clinical need",
        ru: "Клиент может начать лечение без барьеров, не связанных с клинической потребностью",
      },
      {
        en: "Read the admission policy and compare it with practice: ask staff and recently admitted clients what was required before the first appointment. Any condition without a clinical reason (police registration, a mandatory referral letter, proof of residence, proof of abstinence) counts against the criterion.",
        ru: "Изучите порядок приёма и сравните его с практикой: спросите персонал и недавно принятых клиентов, что требовалось до первого приёма. Любое условие без клинического обоснования (постановка на учёт в полиции, обязательное направление, подтверждение места жительства, требование воздержания) говорит против выполнения критерия.",
      },
      ["document-review", "staff-interview", "client-interview"],
      [is2020("P1", "narrower")],
    ),
    criterion(
      1,
      2,
      {
        en: "The time from first contact to the start of treatment is recorded and kept within a target the service has set",
        ru: "Время от первого обращения до начала лечения регистрируется и не превышает целевого срока, установленного службой",
      },
      {
        en: "Check that the date of first contact and the date treatment started are recorded for each client. Compute the waiting time on a sample of recent admissions and compare it with the service's own target.",
        ru: "Убедитесь, что для каждого клиента записаны дата первого обращения и дата начала лечения. Рассчитайте время ожидания по выборке недавних поступлений и сравните его с целевым сроком самой службы.",
      },
      ["record-review", "data"],
      [is2020("P1", "narrower")],
    ),
    criterion(
      1,
      3,
      {
        en: "Opening hours, location and cost allow the people the service is meant for to attend",
        ru: "Часы работы, расположение и стоимость услуг позволяют целевой группе посещать службу",
      },
      {
        en: "Check the opening hours (including any outside working hours), how the premises can be reached by public transport, and any fees and exemptions. Ask clients whether cost, hours or distance made attending difficult.",
        ru: "Проверьте часы работы (в том числе вне рабочего времени), доступность помещения на общественном транспорте, размер оплаты и льготы. Спросите клиентов, мешали ли им посещать службу стоимость, часы работы или расстояние.",
      },
      ["observation", "document-review", "client-interview"],
      [is2020("P1", "narrower")],
    ),

    // 2. Screening, assessment, diagnosis and treatment planning.
    principle(2, { en: "Screening, Assessment, Diagnosis and Treatment Planning", ru: "Скрининг, оценка, диагностика и планирование лечения" }, [is2020("P4", "narrower")]),
    criterion(
      2,
      1,
      {
        en: "Every client is screened and assessed with a structured tool before a treatment plan is made",
        ru: "Каждый клиент проходит скрининг и оценку по структурированному инструменту до составления плана лечения",
      },
      {
        en: "In a sample of records, look for a completed structured assessment covering substance use, physical and mental health and social situation, dated before the treatment plan.",
        ru: "В выборке медицинских карт найдите заполненную структурированную оценку, охватывающую употребление веществ, физическое и психическое здоровье и социальное положение, датированную раньше плана лечения.",
      },
      ["record-review", "staff-interview"],
      [is2020("P4", "narrower")],
    ),
    criterion(
      2,
      2,
      {
        en: "A diagnosis is recorded using a recognised classification",
        ru: "Диагноз записан по признанной классификации",
      },
      {
        en: "Check that sampled records hold a diagnosis coded in a recognised classification (such as ICD-10 or ICD-11) and that it is consistent with the recorded assessment.",
        ru: "Проверьте, что в выбранных картах диагноз закодирован по признанной классификации (например, МКБ-10 или МКБ-11) и согласуется с записанной оценкой.",
      },
      ["record-review"],
      [is2020("P4", "narrower")],
    ),
    criterion(
      2,
      3,
      {
        en: "Each client has an individual treatment plan agreed with them and reviewed at set intervals",
        ru: "У каждого клиента есть индивидуальный план лечения, согласованный с ним и пересматриваемый в установленные сроки",
      },
      {
        en: "Check that each sampled record holds a written plan with goals, agreed by the client, and evidence of review at the interval the service's policy sets. Ask clients whether they took part in setting their goals.",
        ru: "Проверьте, что в каждой выбранной карте есть письменный план с целями, согласованный с клиентом, и отметки о его пересмотре с периодичностью, установленной правилами службы. Спросите клиентов, участвовали ли они в постановке своих целей.",
      },
      ["record-review", "client-interview"],
      [is2020("P4", "narrower")],
    ),

    // 3. Evidence-informed treatment.
    principle(3, { en: "Evidence-Informed Drug Dependence Treatment", ru: "Лечение наркотической зависимости, основанное на научных данных" }, [is2020("P4", "narrower")]),
    criterion(
      3,
      1,
      {
        en: "The interventions offered are described in written protocols based on current clinical guidelines",
        ru: "Предлагаемые вмешательства описаны в письменных протоколах, основанных на действующих клинических руководствах",
      },
      {
        en: "Ask for the protocol of each intervention offered (for example opioid agonist treatment, withdrawal management, psychosocial interventions). Check that each cites a current national or international guideline and is dated and reviewed.",
        ru: "Запросите протокол каждого предлагаемого вмешательства (например, терапии агонистами опиоидов, лечения синдрома отмены, психосоциальных вмешательств). Проверьте, что каждый ссылается на действующее национальное или международное руководство, датирован и пересматривается.",
      },
      ["document-review", "staff-interview"],
      [is2020("P4", "narrower")],
    ),
    criterion(
      3,
      2,
      {
        en: "Treatment given to clients follows the service's evidence-based protocols",
        ru: "Лечение клиентов соответствует основанным на научных данных протоколам службы",
      },
      {
        en: "Compare a sample of records with the protocols: choice of medication, dose and duration, and the psychosocial support offered. Note any departure that has no recorded clinical reason.",
        ru: "Сравните выборку карт с протоколами: выбор препарата, доза и длительность, предложенная психосоциальная поддержка. Отметьте каждое отступление без записанного клинического обоснования.",
      },
      ["record-review"],
      [is2020("P4", "narrower")],
    ),
    criterion(
      3,
      3,
      {
        en: "Clients receiving medication are also offered psychosocial support",
        ru: "Клиентам, получающим медикаментозное лечение, предлагается и психосоциальная поддержка",
      },
      {
        en: "Check that clients on medication were offered counselling or another psychosocial intervention and that the offer and its uptake are recorded. Ask clients what support they were offered besides medication.",
        ru: "Проверьте, что клиентам на медикаментозном лечении предлагали консультирование или другое психосоциальное вмешательство и что предложение и его принятие записаны. Спросите клиентов, какую помощь, кроме лекарств, им предлагали.",
      },
      ["record-review", "client-interview"],
      [is2020("P4", "narrower")],
    ),

    // 4. Human rights and patient dignity.
    principle(4, { en: "Drug Dependence Treatment, Human Rights, and Patient Dignity", ru: "Лечение наркотической зависимости, права человека и достоинство пациента" }, [is2020("P2", "equivalent")]),
    criterion(
      4,
      1,
      {
        en: "Clients give informed consent to treatment and can withdraw from it without penalty",
        ru: "Клиенты дают информированное согласие на лечение и могут отказаться от него без негативных последствий",
      },
      {
        en: "Check sampled records for consent obtained before treatment started, after the client was told about the treatment, its risks and the alternatives. Ask clients whether they know they may stop treatment and what would happen if they did.",
        ru: "Проверьте в выбранных картах, что согласие получено до начала лечения, после того как клиенту рассказали о лечении, его рисках и альтернативах. Спросите клиентов, знают ли они, что могут прекратить лечение, и что произойдёт в этом случае.",
      },
      ["record-review", "client-interview"],
      [is2020("P2", "narrower")],
    ),
    criterion(
      4,
      2,
      {
        en: "Client information is kept confidential and disclosed only with consent or where the law requires",
        ru: "Сведения о клиентах конфиденциальны и раскрываются только с их согласия или по требованию закона",
      },
      {
        en: "Look at where records are kept and who can reach them, and read the confidentiality policy. Check that each disclosure to a third party (employer, police, family) is backed by a recorded consent or a legal basis.",
        ru: "Посмотрите, где хранятся карты и у кого есть к ним доступ, изучите правила о конфиденциальности. Проверьте, что каждое раскрытие сведений третьим лицам (работодателю, полиции, семье) подкреплено записанным согласием или правовым основанием.",
      },
      ["observation", "document-review", "staff-interview"],
      [is2020("P2", "narrower")],
    ),
    criterion(
      4,
      3,
      {
        en: "The service uses no degrading or punitive practices and has a complaints procedure clients know about",
        ru: "Служба не применяет унижающих или карательных практик и имеет известный клиентам порядок подачи жалоб",
      },
      {
        en: "Observe the premises and daily routine. Ask clients about punishments, restraint, forced labour or humiliating practices. Check that the complaints procedure is posted or handed to clients and that complaints received were answered.",
        ru: "Осмотрите помещения и распорядок дня. Спросите клиентов о наказаниях, фиксации, принудительном труде или унижающих практиках. Проверьте, что порядок подачи жалоб вывешен или выдаётся клиентам и что на поступившие жалобы даны ответы.",
      },
      ["observation", "client-interview", "document-review"],
      [is2020("P2", "narrower")],
    ),

    // 5. Special subgroups and conditions.
    principle(5, { en: "Targeting Special Subgroups and Conditions", ru: "Особые подгруппы и состояния" }, [is2020("P5", "equivalent")]),
    criterion(
      5,
      1,
      {
        en: "The service has arrangements for women and pregnant women, adolescents, and people with co-occurring mental disorders",
        ru: "У службы есть порядок работы с женщинами, в том числе беременными, подростками и людьми с сопутствующими психическими расстройствами",
      },
      {
        en: "For each group, check the written procedure or referral agreement and whether staff can describe it. Where the service does not treat a group itself, check that it refers such clients and follows the referral up.",
        ru: "Для каждой группы проверьте письменный порядок или соглашение о направлении и может ли персонал его описать. Если служба сама не лечит какую-то группу, проверьте, что она направляет таких клиентов и отслеживает результат направления.",
      },
      ["document-review", "staff-interview"],
      [is2020("P5", "narrower")],
    ),
    criterion(
      5,
      2,
      {
        en: "Clients are offered testing for HIV, viral hepatitis and tuberculosis, with linkage to care",
        ru: "Клиентам предлагается тестирование на ВИЧ, вирусные гепатиты и туберкулёз со связью с лечением",
      },
      {
        en: "Check sampled records for an offer of testing and, after a positive result, a referral to care and its follow-up. Where available, compare the share of clients tested with the service's target.",
        ru: "Проверьте в выбранных картах предложение тестирования и, при положительном результате, направление на лечение и его отслеживание. Если есть данные, сравните долю протестированных клиентов с целевым показателем службы.",
      },
      ["record-review", "data"],
      [is2020("P5", "related")],
    ),

    // 6. Criminal justice system.
    principle(6, { en: "Drug Dependence Treatment and the Criminal Justice System", ru: "Лечение наркотической зависимости и система уголовного правосудия" }, [is2020("P3", "equivalent")]),
    criterion(
      6,
      1,
      {
        en: "People referred from the criminal justice system are treated to the same clinical and ethical standards as other clients",
        ru: "К людям, направленным системой уголовного правосудия, применяются те же клинические и этические стандарты, что и к другим клиентам",
      },
      {
        en: "Compare records of clients referred by a court, probation or the police with records of other clients: assessment, consent and treatment plan should meet the same standard. Ask referred clients whether they agreed to treatment.",
        ru: "Сравните карты клиентов, направленных судом, службой пробации или полицией, с картами других клиентов: оценка, согласие и план лечения должны отвечать тем же требованиям. Спросите направленных клиентов, соглашались ли они на лечение.",
      },
      ["record-review", "client-interview"],
      [is2020("P3", "narrower"), is2020("P2", "related")],
    ),
    criterion(
      6,
      2,
      {
        en: "Treatment continues without interruption when a client enters or leaves prison or detention",
        ru: "Лечение не прерывается, когда клиент попадает в места лишения свободы или под стражу либо освобождается",
      },
      {
        en: "Check the written arrangements with prisons and detention facilities. In records of clients who were detained or released, check that medication (including opioid agonist treatment) continued and that an appointment was made for the first days after release.",
        ru: "Проверьте письменные договорённости с учреждениями исполнения наказаний и местами содержания под стражей. В картах клиентов, которые были задержаны или освобождены, проверьте, что медикаментозное лечение (в том числе агонистами опиоидов) продолжалось и что приём был назначен на первые дни после освобождения.",
      },
      ["document-review", "record-review"],
      [is2020("P3", "narrower")],
    ),

    // 7. Community involvement, participation and patient orientation.
    principle(7, { en: "Community Involvement, Participation and Patient Orientation", ru: "Вовлечение сообщества, участие и ориентация на пациента" }, [is2020("P1", "related"), is2020("P4", "related")]),
    criterion(
      7,
      1,
      {
        en: "Clients take part in planning and evaluating the service",
        ru: "Клиенты участвуют в планировании и оценке работы службы",
      },
      {
        en: "Look for a client council, regular satisfaction surveys or client representatives at service meetings, and for changes the service made in response to them.",
        ru: "Найдите совет клиентов, регулярные опросы удовлетворённости или представителей клиентов на совещаниях службы, а также изменения, внесённые службой по их итогам.",
      },
      ["document-review", "client-interview"],
    ),
    criterion(
      7,
      2,
      {
        en: "The service works with families and community organisations to support clients' recovery and social reintegration",
        ru: "Служба работает с семьями и общественными организациями для поддержки выздоровления и социальной реинтеграции клиентов",
      },
      {
        en: "Check agreements or regular contacts with peer-support groups, non-governmental organisations, employment and housing services. Check whether families are involved when clients agree to it.",
        ru: "Проверьте соглашения или регулярные контакты с группами взаимопомощи, неправительственными организациями, службами занятости и жилья. Проверьте, вовлекаются ли семьи, когда клиенты на это согласны.",
      },
      ["document-review", "staff-interview", "client-interview"],
    ),

    // 8. Clinical governance.
    principle(8, { en: "Clinical Governance of Drug Dependence Treatment Services", ru: "Клиническое управление службами лечения наркотической зависимости" }, [is2020("P6", "equivalent")]),
    criterion(
      8,
      1,
      {
        en: "Current written policies and clinical protocols are approved and known to staff",
        ru: "Действующие письменные правила и клинические протоколы утверждены и известны персоналу",
      },
      {
        en: "Check that policies and protocols are dated, approved by management and reviewed within the period the service sets, and that staff can find and describe them.",
        ru: "Проверьте, что правила и протоколы датированы, утверждены руководством и пересматриваются в установленные службой сроки, а персонал может их найти и описать.",
      },
      ["document-review", "staff-interview"],
      [is2020("P6", "narrower")],
    ),
    criterion(
      8,
      2,
      {
        en: "Staff are qualified for their roles and receive regular supervision and training",
        ru: "Квалификация персонала соответствует должностям, сотрудники регулярно проходят супервизию и обучение",
      },
      {
        en: "Compare staff files with the qualifications required for each post, and check supervision and training records for the past year.",
        ru: "Сравните личные дела сотрудников с квалификационными требованиями к каждой должности и проверьте записи о супервизии и обучении за последний год.",
      },
      ["document-review", "staff-interview"],
      [is2020("P6", "narrower")],
    ),
    criterion(
      8,
      3,
      {
        en: "Clinical records are complete, and the service reviews incidents and audits its care",
        ru: "Медицинская документация полна, служба разбирает инциденты и проводит аудит оказываемой помощи",
      },
      {
        en: "Check the completeness of a sample of records against the service's record standard. Ask for the incident register and the latest clinical audit, and for the actions taken after them.",
        ru: "Проверьте полноту выборки карт по требованиям службы к документации. Запросите журнал инцидентов и последний клинический аудит, а также меры, принятые по их итогам.",
      },
      ["record-review", "document-review", "data"],
      [is2020("P6", "narrower")],
    ),

    // 9. Treatment systems: policy, planning and coordination.
    principle(
      9,
      { en: "Treatment Systems: Policy Development, Strategic Planning and Coordination of Services", ru: "Системы лечения: разработка политики, стратегическое планирование и координация служб" },
      [is2020("P7", "related")],
    ),
    criterion(
      9,
      1,
      {
        en: "The service has working referral and coordination arrangements with other health and social services",
        ru: "У службы налажены направление клиентов и координация с другими медицинскими и социальными службами",
      },
      {
        en: "Check written agreements or referral pathways with general health care, mental health, HIV services, social services and other levels of treatment, and, in records, whether referrals were made and followed up.",
        ru: "Проверьте письменные соглашения или маршруты направления в общую медицинскую сеть, психиатрическую помощь, службы ВИЧ, социальные службы и на другие уровни лечения, а в картах — были ли направления и отслеживался ли их результат.",
      },
      ["document-review", "record-review"],
      [is2020("P7", "related")],
    ),
    criterion(
      9,
      2,
      {
        en: "The service reports routine treatment data to the regional or national monitoring system and uses its own data for planning",
        ru: "Служба передаёт текущие данные о лечении в региональную или национальную систему мониторинга и использует собственные данные для планирования",
      },
      {
        en: "Check that the service submits the data the monitoring system asks for, complete and on time, and that its plans or reports refer to its own figures.",
        ru: "Проверьте, что служба передаёт запрашиваемые системой мониторинга данные полностью и в срок, а её планы или отчёты опираются на собственные показатели.",
      },
      ["data", "document-review"],
      [is2020("P7", "narrower")],
    ),
  ],
});
