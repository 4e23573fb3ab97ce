/**
 * An illustrative national quality standard for narcology (drug dependence treatment) services,
 * written for treatment-quality to show how a ministry of health in Central Asia might adapt the
 * International Standards (2020) into a national accreditation standard.
 *
 * It is fictional. Uzbekistan approved "National Quality Standards for medical services provided to
 * patients with drug dependence" in April 2020, and Kazakhstan works with the same UNODC-WHO quality
 * assurance tools, but the text of neither standard is public, and this catalog is not either of
 * them. Its content is derived from treatment-quality's own paraphrase of the International
 * Standards (`internationalStandards2020`), reorganised the way national narcology standards usually
 * are: by service area (access, patient rights, assessment, the OAT programme, inpatient withdrawal
 * management, rehabilitation, special groups, staff and governance, records and the narcological
 * register, infection control and continuity in emergencies), not by principle.
 *
 * It shows the typical moves of a national adaptation through its `derivedFrom` links: criteria kept
 * one to one (`equivalent`), several international criteria merged into one (`broader`), one split
 * into several (`narrower`), criteria added for national legislation and services (licensing,
 * attestation of narcologists, the narcological register, reporting forms: no link), criteria that
 * only touch an international one (`related`), and international criteria not adopted (outreach,
 * screening and brief intervention in general health care, criminal-justice diversion, treatment
 * inside prisons, some of the "other groups" criteria). Weights and critical flags are the
 * (fictional) ministry's own.
 */
import { deepFreeze } from "../../_lib/deep-freeze.js";
import type { Applicability, DerivedFromLink, EvidenceType, Framework, FrameworkNode, LinkRelation, SourceCitation } from "../framework.js";

const DOCUMENT = "Illustrative national quality standard for narcology services (treatment-quality example)";
const EDITION = "1.0";

/** The base catalog the links point to. */
const IS_ID = "unodc-who-is-2020";
const IS_VERSION = "2020";

type Text = { en: string; ru: string };
type Weight = 1 | 2 | 3;

interface CriterionSpec {
  title: Text;
  guidance: Text;
  evidence: EvidenceType[];
  weight: Weight;
  derivedFrom?: DerivedFromLink[];
  critical?: true;
  applicability?: Applicability;
}

interface GroupOptions {
  applicability?: Applicability;
  derivedFrom?: DerivedFromLink[];
}

/** The node's own section of the illustrative document: its code. */
const cite = (code: string): SourceCitation => ({ document: DOCUMENT, edition: EDITION, section: code, verified: true });

const link = (nodeId: string, relation: LinkRelation): DerivedFromLink => ({ frameworkId: IS_ID, version: IS_VERSION, nodeId, relation });
/** Kept or rephrased: one national criterion for one international criterion. */
const equivalent = (nodeId: string): DerivedFromLink[] => [link(nodeId, "equivalent")];
/** Merged: the national criterion covers each of these international criteria and more. */
const broader = (...nodeIds: string[]): DerivedFromLink[] => nodeIds.map((nodeId) => link(nodeId, "broader"));
/** Split (or partly adopted): the national criterion covers part of the international one. */
const narrower = (nodeId: string): DerivedFromLink[] => [link(nodeId, "narrower")];
/** Touches the international criterion without covering it. */
const related = (nodeId: string): DerivedFromLink[] => [link(nodeId, "related")];
/** Added for national legislation and services: no international source. */
const NATIONAL = undefined;

/** A criterion's content; its id, code, parent and source come from the standard it is listed under. */
function c(
  title: Text,
  guidance: Text,
  evidence: EvidenceType[],
  weight: Weight,
  derivedFrom: DerivedFromLink[] | undefined,
  flags: { critical?: true; applicability?: Applicability } = {},
): CriterionSpec {
  return { title, guidance, evidence, weight, ...(derivedFrom ? { derivedFrom } : {}), ...flags };
}

function section(n: number, title: Text, options: GroupOptions = {}): FrameworkNode {
  return {
    id: `S${n}`,
    code: `${n}`,
    kind: "section",
    title,
    ...(options.applicability ? { applicability: options.applicability } : {}),
    source: cite(`${n}`),
    illustrative: true,
    ...(options.derivedFrom ? { derivedFrom: options.derivedFrom } : {}),
  };
}

/** A standard followed by its criteria, numbered in order: S4.2 gets S4.2.1, S4.2.2, ... */
function standard(id: string, title: Text, criteria: CriterionSpec[], options: GroupOptions = {}): FrameworkNode[] {
  const code = id.slice(1);
  const node: FrameworkNode = {
    id,
    parentId: id.slice(0, id.indexOf(".")),
    code,
    kind: "standard",
    title,
    ...(options.applicability ? { applicability: options.applicability } : {}),
    source: cite(code),
    illustrative: true,
    ...(options.derivedFrom ? { derivedFrom: options.derivedFrom } : {}),
  };
  return [
    node,
    ...criteria.map((spec, index): FrameworkNode => ({
      id: `${id}.${index + 1}`,
      parentId: id,
      code: `${code}.${index + 1}`,
      kind: "criterion",
      title: spec.title,
      guidance: spec.guidance,
      weight: spec.weight,
      ...(spec.critical ? { critical: true } : {}),
      ...(spec.applicability ? { applicability: spec.applicability } : {}),
      evidence: spec.evidence,
      source: cite(`${code}.${index + 1}`),
      illustrative: true,
      ...(spec.derivedFrom ? { derivedFrom: spec.derivedFrom } : {}),
    })),
  ];
}

/** The nodes, depth-first: each section, then each of its standards followed by its criteria. */
function buildNodes(): FrameworkNode[] {
  return [
    // 1. Access and admission.
    section(1, { en: "Access to narcology services and admission", ru: "Доступность наркологической помощи и приём пациентов" }),
    ...standard("S1.1", { en: "Access to the service", ru: "Доступность службы" }, [
      c(
        { en: "A person who applies is seen by a narcologist within the period the ministry sets", ru: "Обратившийся за помощью принимается врачом-наркологом в срок, установленный министерством" },
        {
          en: "Compare the dates of application and first consultation in a sample of outpatient records or in the appointment log. Met when waiting time is recorded and most patients are seen within the set period.",
          ru: "Сравните даты обращения и первичного приёма в выборке амбулаторных карт или в журнале записи. Критерий выполнен, если время ожидания фиксируется и большинство пациентов принимаются в установленный срок.",
        },
        ["record-review", "data"],
        2,
        equivalent("P1.1.1"),
      ),
      c(
        {
          en: "Working hours, physical accessibility and information about the services meet patients' needs",
          ru: "Режим работы, физическая доступность помещений и информация об услугах отвечают потребностям пациентов",
        },
        {
          en: "Check that opening hours include early-morning or evening time, that the entrance and consultation rooms are step-free, and that notices and leaflets in the state language and Russian list the services, hours and free care. Met when all three are in place.",
          ru: "Убедитесь, что часы работы включают раннее утреннее или вечернее время, что вход и кабинеты доступны без ступеней, а на стенде и в буклетах на государственном и русском языках указаны услуги, часы работы и условия бесплатной помощи. Критерий выполнен, если соблюдены все три условия.",
        },
        ["observation", "document-review"],
        1,
        broader("P1.1.3", "P1.2.3", "P1.2.4"),
      ),
    ]),
    ...standard("S1.2", { en: "Admission and the narcological register", ru: "Приём на лечение и наркологический учёт" }, [
      c(
        {
          en: "Care within the state-guaranteed volume is free, and no one is refused because of residence, lack of documents or HIV status",
          ru: "Помощь в рамках гарантированного государством объёма оказывается бесплатно, отказ из-за места жительства, отсутствия документов или ВИЧ-статуса не допускается",
        },
        {
          en: "Read the admission procedure and the log of refusals, and ask patients whether they paid for basic care. Met when the procedure rules out these grounds, no refusal on them is found and guaranteed care is not charged for.",
          ru: "Изучите порядок приёма и журнал отказов, спросите пациентов, платили ли они за основную помощь. Критерий выполнен, если порядок исключает такие основания, отказов по ним не выявлено, а за гарантированную помощь плата не взимается.",
        },
        ["document-review", "record-review", "client-interview"],
        2,
        broader("P1.2.1", "P1.2.2"),
      ),
      c(
        {
          en: "Anonymous consultation and treatment are available to those who ask for them, within the limits national law allows",
          ru: "Анонимные консультации и лечение доступны по желанию пациента в пределах, допускаемых законодательством",
        },
        {
          en: "Check the procedure for anonymous care and ask staff how they respond to such a request. Met when a patient can be consulted and treated under a code, without an entry in the register, within the limits the law sets.",
          ru: "Проверьте порядок оказания анонимной помощи и спросите персонал, как он действует при такой просьбе. Критерий выполнен, если пациента можно консультировать и лечить под кодом, без внесения в регистр, в пределах, установленных законом.",
        },
        ["document-review", "staff-interview"],
        1,
        related("P1.1.2"),
      ),
      c(
        {
          en: "Dispensary registration and deregistration follow the national procedure, and the patient is told the grounds and the term",
          ru: "Постановка на диспансерный наркологический учёт и снятие с него проводятся в установленном порядке, пациенту сообщаются основания и сроки",
        },
        {
          en: "Sample the records of patients registered and deregistered in the past year. Met when each decision was taken by the medical commission on a ground the national procedure lists, is dated, and the patient's signed acknowledgement is on file.",
          ru: "Изучите карты пациентов, поставленных на учёт и снятых с учёта за последний год. Критерий выполнен, если каждое решение принято врачебной комиссией по основанию, предусмотренному национальным порядком, датировано, а ознакомление пациента подтверждено его подписью.",
        },
        ["document-review", "record-review"],
        2,
        NATIONAL,
      ),
    ]),

    // 2. Patient rights and ethics.
    section(2, { en: "Patient rights and medical ethics", ru: "Права пациентов и медицинская этика" }),
    ...standard("S2.1", { en: "Informed voluntary consent", ru: "Информированное добровольное согласие" }, [
      c(
        { en: "Written informed voluntary consent is obtained before any medical intervention", ru: "До начала любого медицинского вмешательства получено письменное информированное добровольное согласие" },
        {
          en: "Check each sampled record for a consent form signed by the patient or legal representative and dated no later than the first intervention. Met when every sampled record has one.",
          ru: "Проверьте, есть ли в каждой карте выборки форма согласия, подписанная пациентом или законным представителем и датированная не позднее первого вмешательства. Критерий выполнен, если она есть во всех картах выборки.",
        },
        ["record-review", "client-interview"],
        3,
        equivalent("P2.1.1"),
        { critical: true },
      ),
      c(
        {
          en: "Patients receive understandable information on treatment methods, expected results, risks and the rules of the programme",
          ru: "Пациент получает понятную информацию о методах лечения, ожидаемых результатах, рисках и правилах программы",
        },
        {
          en: "Review the information materials and ask patients what they were told before starting. Met when written materials are in plain language and patients can describe their options and the programme rules.",
          ru: "Изучите информационные материалы и спросите пациентов, что им объяснили перед началом лечения. Критерий выполнен, если письменные материалы изложены простым языком, а пациенты могут назвать доступные им варианты и правила программы.",
        },
        ["document-review", "client-interview"],
        2,
        equivalent("P2.1.3"),
      ),
      c(
        { en: "A patient may refuse or interrupt treatment without any penalty from the facility", ru: "Пациент может отказаться от лечения или прервать его без каких-либо санкций со стороны учреждения" },
        {
          en: "Review the refusals recorded in the past year and ask patients whether refusing had consequences. Met when refusals are recorded with the risks explained and no penalty, such as loss of other services or a report to an employer, followed.",
          ru: "Изучите отказы от лечения за последний год и спросите пациентов, повлёк ли отказ последствия. Критерий выполнен, если отказы оформлены с разъяснением рисков и не повлекли санкций, например лишения других услуг или сообщения работодателю.",
        },
        ["record-review", "client-interview"],
        2,
        equivalent("P2.1.2"),
      ),
    ]),
    ...standard("S2.2", { en: "Medical confidentiality", ru: "Врачебная тайна" }, [
      c(
        {
          en: "Medical records are kept in locked storage and only authorised staff can consult them",
          ru: "Медицинская документация хранится в запираемых помещениях, доступ к ней имеют только уполномоченные сотрудники",
        },
        {
          en: "Inspect where paper and electronic records are kept and how access is granted. Met when storage is locked, the list of authorised staff is approved by the head of the facility and computers require individual passwords.",
          ru: "Осмотрите места хранения бумажной и электронной документации и выясните порядок доступа. Критерий выполнен, если хранилище запирается, перечень допущенных сотрудников утверждён руководителем, а компьютеры защищены индивидуальными паролями.",
        },
        ["observation", "staff-interview"],
        2,
        equivalent("P2.2.1"),
      ),
      c(
        {
          en: "Information about a patient is disclosed to third parties only with written consent or on the grounds the law lists",
          ru: "Сведения о пациенте передаются третьим лицам только с его письменного согласия или по основаниям, предусмотренным законом",
        },
        {
          en: "Review the log of requests received and replies sent in the past year. Met when each disclosure rests on a signed consent or a cited legal ground and gives no more than the request needed.",
          ru: "Изучите журнал поступивших запросов и ответов на них за последний год. Критерий выполнен, если каждая передача сведений основана на подписанном согласии или указанной норме закона и не содержит лишнего.",
        },
        ["document-review", "record-review"],
        3,
        equivalent("P2.2.2"),
      ),
    ]),
    ...standard("S2.3", { en: "Dignity, respect and complaints", ru: "Уважение достоинства и рассмотрение обращений" }, [
      c(
        {
          en: "No physical punishment, humiliation, forced labour or other degrading treatment is used",
          ru: "Физические наказания, унижение, принудительный труд и иное унижающее достоинство обращение не применяются",
        },
        {
          en: "Interview patients in private, walk through the wards and read the internal rules. Met when no patient reports such treatment and no rule provides for it.",
          ru: "Побеседуйте с пациентами наедине, осмотрите отделения и изучите правила внутреннего распорядка. Критерий выполнен, если ни один пациент не сообщает о таком обращении и правила его не предусматривают.",
        },
        ["observation", "client-interview", "staff-interview"],
        3,
        equivalent("P2.3.1"),
        { critical: true },
      ),
      c(
        {
          en: "Physical restraint and isolation are used only as the law on psychiatric care allows, and each case is recorded and reviewed",
          ru: "Меры физического стеснения и изоляции применяются только в случаях, предусмотренных законом о психиатрической помощи, каждый случай документируется и анализируется",
        },
        {
          en: "Read the protocol and the register of restraint episodes. Met when each episode records the indication, the duration, the doctor's order and a review by the head of department.",
          ru: "Изучите протокол и журнал применения мер стеснения. Критерий выполнен, если по каждому случаю указаны показания, продолжительность, назначение врача и разбор заведующим отделением.",
        },
        ["document-review", "record-review"],
        2,
        equivalent("P2.3.2"),
      ),
      c(
        {
          en: "Consultations and dispensing take place in private, and staff speak to patients respectfully, without stigmatising words",
          ru: "Консультации и выдача препаратов проводятся без присутствия посторонних, персонал общается с пациентами уважительно, без стигматизирующих выражений",
        },
        {
          en: "Observe the consultation rooms and the dispensing point, and ask patients how staff address them. Met when others cannot overhear and patients report being treated with respect.",
          ru: "Оцените условия в кабинетах и на пункте выдачи, спросите пациентов, как к ним обращается персонал. Критерий выполнен, если разговор не слышен посторонним, а пациенты отмечают уважительное отношение.",
        },
        ["observation", "client-interview"],
        1,
        broader("P2.2.3", "P2.3.3"),
      ),
      c(
        {
          en: "Patients are informed of their rights in writing, and every complaint is answered within the time the law on citizens' appeals sets",
          ru: "Пациенты письменно информированы о своих правах, каждое обращение рассматривается в срок, установленный законом об обращениях граждан",
        },
        {
          en: "Check the rights notice on display and in the admission pack, then the complaints log. Met when the notice says how to complain and every complaint of the past year has a dated written answer within the legal time.",
          ru: "Проверьте памятку о правах на стенде и в пакете документов при поступлении, затем журнал обращений. Критерий выполнен, если в памятке указан порядок подачи жалобы, а на каждое обращение за последний год дан письменный ответ в установленный срок.",
        },
        ["document-review", "record-review"],
        1,
        broader("P2.4.1", "P2.4.2"),
      ),
    ]),

    // 3. Assessment, diagnosis and the individual treatment plan.
    section(3, { en: "Examination, diagnosis and individual treatment plan", ru: "Обследование, диагностика и индивидуальный план лечения" }),
    ...standard("S3.1", { en: "Narcological examination and diagnosis", ru: "Наркологическое обследование и диагноз" }, [
      c(
        {
          en: "A structured narcological examination records the history of substance use, the somatic and mental state, the social situation and risks",
          ru: "Структурированное наркологическое обследование включает анамнез употребления психоактивных веществ, соматический и психический статус, социальное положение и риски",
        },
        {
          en: "Check a sample of records against the examination form. Met when most records have every section completed, overdose and suicide risk included.",
          ru: "Сверьте выборку карт с формой обследования. Критерий выполнен, если в большинстве карт заполнены все разделы, включая риск передозировки и суицидальный риск.",
        },
        ["record-review"],
        2,
        narrower("P4.1.1"),
      ),
      c(
        {
          en: "The diagnosis is made by a narcologist under ICD-10 (block F1x) or, after the transition, ICD-11 (6C4x), with the diagnostic criteria found recorded",
          ru: "Диагноз устанавливается врачом-наркологом по МКБ-10 (рубрики F1x) или, после перехода, по МКБ-11 (6C4x) с указанием выявленных диагностических критериев",
        },
        {
          en: "Check that the diagnosis in each sampled record has a code, a date, the doctor's signature and the criteria found. Met when the recorded criteria support the code in most records.",
          ru: "Проверьте, что диагноз в каждой карте выборки имеет код, дату, подпись врача и перечень выявленных критериев. Критерий выполнен, если в большинстве карт указанные критерии подтверждают код.",
        },
        ["record-review"],
        2,
        narrower("P4.1.1"),
      ),
      c(
        {
          en: "Every patient is offered testing for HIV, hepatitis B and C and tuberculosis, and screening for mental disorders and suicide risk",
          ru: "Каждому пациенту предлагается обследование на ВИЧ, гепатиты B и C и туберкулёз, а также скрининг психических расстройств и суицидального риска",
        },
        {
          en: "Look in sampled records for the offer, the result or referral, and a completed screening scale. Met when most records show both the infection tests and the mental health screen.",
          ru: "Найдите в картах выборки отметку о предложении обследования, результат или направление, а также заполненную скрининговую шкалу. Критерий выполнен, если в большинстве карт есть и обследование на инфекции, и скрининг психического здоровья.",
        },
        ["record-review", "data"],
        2,
        broader("P4.1.2", "P5.4.1"),
      ),
    ]),
    ...standard("S3.2", { en: "Individual treatment plan and methods of treatment", ru: "Индивидуальный план и методы лечения" }, [
      c(
        {
          en: "Each patient has a written individual treatment plan agreed with them, naming the attending doctor and reviewed at set intervals",
          ru: "У каждого пациента есть письменный индивидуальный план лечения, согласованный с ним, с указанием лечащего врача и пересматриваемый в установленные сроки",
        },
        {
          en: "Check the plans in sampled records for the patient's signature, the attending doctor and the review dates. Met when most plans are signed and were reviewed on time or when the patient's condition changed.",
          ru: "Проверьте планы в картах выборки: подпись пациента, лечащий врач, даты пересмотра. Критерий выполнен, если большинство планов подписаны и пересмотрены в срок или при изменении состояния пациента.",
        },
        ["record-review", "client-interview"],
        2,
        broader("P4.1.3", "P4.1.4"),
      ),
      c(
        {
          en: "Treatment follows the ministry's clinical protocols: evidence-based medication and psychosocial interventions by trained specialists, and no methods without proven effect",
          ru: "Лечение проводится по клиническим протоколам министерства: доказательная фармакотерапия и психосоциальные вмешательства силами обученных специалистов, без методов с недоказанной эффективностью",
        },
        {
          en: "Compare prescriptions and therapy notes in sampled records with the protocols, and ask which psychosocial methods are used and by whom. Met when treatment matches the protocols, psychosocial work is done by trained staff and no unproven method (such as 'coding') is used.",
          ru: "Сравните назначения и записи психотерапевтов в картах выборки с протоколами, выясните, какие психосоциальные методы применяются и кем. Критерий выполнен, если лечение соответствует протоколам, психосоциальную работу ведут обученные специалисты, а методы с недоказанной эффективностью (например, «кодирование») не применяются.",
        },
        ["document-review", "record-review", "staff-interview"],
        3,
        broader("P4.2.1", "P4.2.2", "P4.2.3"),
      ),
      c(
        {
          en: "Co-occurring mental and somatic illnesses are treated together with the relevant specialists and are not a reason to refuse treatment",
          ru: "Сопутствующие психические и соматические заболевания лечатся совместно с профильными специалистами и не являются основанием для отказа в лечении",
        },
        {
          en: "Follow the sampled patients who have a co-occurring diagnosis. Met when a psychiatrist, infectious-disease or TB specialist was involved as needed and no refusal on these grounds is recorded.",
          ru: "Проследите случаи пациентов выборки с сопутствующим диагнозом. Критерий выполнен, если при необходимости привлекались психиатр, инфекционист или фтизиатр, а отказов по этой причине не зафиксировано.",
        },
        ["record-review", "staff-interview"],
        2,
        broader("P5.4.2", "P5.4.3"),
      ),
      c(
        { en: "A discharge or transfer summary goes with the patient to the next service", ru: "При выписке или переводе в другую службу передаётся выписной (переводной) эпикриз" },
        {
          en: "Check the transfers and discharges in sampled records. Met when each has a summary with the diagnosis, the treatment given and recommendations, sent or handed over on the day.",
          ru: "Проверьте случаи перевода и выписки в картах выборки. Критерий выполнен, если по каждому оформлен эпикриз с диагнозом, проведённым лечением и рекомендациями, переданный в день выписки или перевода.",
        },
        ["record-review"],
        1,
        equivalent("P4.3.2"),
      ),
    ]),

    // 4. The opioid agonist treatment programme.
    section(4, { en: "Opioid agonist treatment (OAT) programme", ru: "Программа опиоидной заместительной терапии (ОЗТ)" }, { derivedFrom: related("P4.4") }),
    ...standard(
      "S4.1",
      { en: "Conduct of OAT", ru: "Проведение ОЗТ" },
      [
        c(
          {
            en: "Methadone or buprenorphine doses are set individually by clinical response, without an arbitrary maximum or compulsory tapering",
            ru: "Дозы метадона или бупренорфина подбираются индивидуально по клиническому эффекту, без произвольного верхнего предела и принудительного снижения",
          },
          {
            en: "Review the dose histories in sampled records and the programme rules. Met when doses are titrated to effect, the rules set no fixed cap or time limit, and any reduction was agreed with the patient.",
            ru: "Изучите динамику доз в картах выборки и правила программы. Критерий выполнен, если дозы титруются до клинического эффекта, правила не устанавливают жёсткого предела или срока, а снижение дозы согласовано с пациентом.",
          },
          ["record-review", "staff-interview"],
          3,
          equivalent("P4.4.1"),
        ),
        c(
          {
            en: "In routine operation, take-home doses are given only under written criteria approved by the medical commission, and each decision is reviewed",
            ru: "В обычном режиме работы дозы на руки выдаются только по письменным критериям, утверждённым врачебной комиссией, каждое решение пересматривается",
          },
          {
            en: "Read the criteria and check the decisions in sampled records. Met when every patient with take-home doses meets the criteria and the decision was reviewed at the set interval.",
            ru: "Изучите критерии и решения в картах выборки. Критерий выполнен, если каждый пациент, получающий дозы на руки, соответствует критериям, а решение пересматривалось в установленные сроки.",
          },
          ["document-review", "record-review"],
          2,
          narrower("P4.4.2"),
        ),
        c(
          {
            en: "Patients on OAT are offered counselling and a social worker's help alongside the medication",
            ru: "Пациентам ОЗТ наряду с препаратом предлагаются консультирование психолога и помощь социального работника",
          },
          {
            en: "Check sampled records for psychosocial sessions and ask patients what support they receive. Met when support is offered to all and recorded, and is not made a condition of receiving the dose.",
            ru: "Проверьте записи о психосоциальных консультациях в картах выборки и спросите пациентов, какую поддержку они получают. Критерий выполнен, если поддержка предлагается всем и документируется, но не является условием получения дозы.",
          },
          ["record-review", "client-interview"],
          1,
          equivalent("P4.4.4"),
        ),
        c(
          {
            en: "A positive drug test alone does not lead to exclusion from the programme; exclusion is decided by the medical commission on listed grounds",
            ru: "Положительный тест на наркотики сам по себе не ведёт к исключению из программы; решение об исключении принимает врачебная комиссия по перечисленным основаниям",
          },
          {
            en: "Read the exclusion rules and the decisions of the past year. Met when no patient was excluded for a positive test alone and each exclusion records its ground and the way back into the programme.",
            ru: "Изучите правила исключения и решения за последний год. Критерий выполнен, если ни один пациент не исключён только из-за положительного теста, а по каждому исключению указаны основание и порядок возвращения в программу.",
          },
          ["document-review", "record-review"],
          2,
          narrower("P4.3.1"),
        ),
      ],
      { applicability: { modalities: ["outpatient"] } },
    ),
    ...standard(
      "S4.2",
      { en: "Narcotic drugs in the OAT programme", ru: "Оборот наркотических средств в программе ОЗТ" },
      [
        c(
          {
            en: "Methadone and buprenorphine are stored in a room and a safe that meet the technical security requirements for narcotic drugs",
            ru: "Метадон и бупренорфин хранятся в помещении и сейфе, отвечающих требованиям технической укреплённости для хранения наркотических средств",
          },
          {
            en: "Inspect the storage room, the safe, the alarm and the keeping of keys. Met when they meet the requirements and the keys are held only by the persons the head's order names.",
            ru: "Осмотрите помещение хранения, сейф, сигнализацию и порядок хранения ключей. Критерий выполнен, если они соответствуют требованиям, а ключи находятся только у лиц, назначенных приказом руководителя.",
          },
          ["observation", "document-review"],
          3,
          narrower("P4.4.3"),
          { critical: true },
        ),
        c(
          {
            en: "Every receipt, dose given and write-off of a narcotic drug is entered in the register of operations, and balances are reconciled",
            ru: "Каждое поступление, выдача и списание наркотического средства отражаются в журнале регистрации операций, остатки сверяются",
          },
          {
            en: "Count the stock on the day, compare it with the register balance and check the last monthly reconciliation. Met when stock and register agree and the register is bound, numbered and certified as required.",
            ru: "Пересчитайте фактический остаток, сравните его с журналом и проверьте последнюю ежемесячную сверку. Критерий выполнен, если остаток совпадает с журналом, а журнал прошнурован, пронумерован и заверен в установленном порядке.",
          },
          ["document-review", "data"],
          3,
          narrower("P4.4.3"),
        ),
        c(
          {
            en: "Each dose is given by a nurse after checking the patient's identity and is taken under direct observation, unless a take-home dose is authorised",
            ru: "Каждая доза выдаётся медицинской сестрой после идентификации пациента и принимается под непосредственным наблюдением, если не разрешена выдача на руки",
          },
          {
            en: "Observe a dispensing session and compare it with the dispensing sheet. Met when identity is checked, the dose matches the prescription, intake is observed and the sheet is signed.",
            ru: "Понаблюдайте за выдачей и сверьте её с листом выдачи. Критерий выполнен, если личность проверяется, доза соответствует назначению, приём контролируется, а лист подписан.",
          },
          ["observation", "record-review"],
          3,
          narrower("P4.4.3"),
          { critical: true },
        ),
      ],
      { applicability: { modalities: ["outpatient"] } },
    ),

    // 5. Inpatient withdrawal management.
    section(5, { en: "Inpatient withdrawal management (detoxification)", ru: "Стационарное лечение синдрома отмены (детоксикация)" }),
    ...standard(
      "S5.1",
      { en: "Treatment of withdrawal in hospital", ru: "Лечение синдрома отмены в стационаре" },
      [
        c(
          { en: "Hospitalisation is justified by documented medical indications and risks", ru: "Госпитализация обоснована документально подтверждёнными медицинскими показаниями и рисками" },
          {
            en: "Check the admission note in sampled inpatient records. Met when each states an indication from the ministry's list, such as severe withdrawal, complications or risk to life.",
            ru: "Проверьте записи при поступлении в выборке стационарных карт. Критерий выполнен, если в каждой указано показание из перечня министерства, например тяжёлый синдром отмены, осложнения или угроза жизни.",
          },
          ["record-review"],
          1,
          equivalent("P4.5.2"),
        ),
        c(
          {
            en: "Withdrawal is treated under the clinical protocol, with its severity measured on a standard scale at set intervals",
            ru: "Лечение синдрома отмены проводится по клиническому протоколу с оценкой тяжести по стандартной шкале через установленные интервалы",
          },
          {
            en: "Check the observation sheets and prescriptions in sampled records. Met when a scale such as COWS or CIWA-Ar was scored at the set frequency and medication followed the protocol.",
            ru: "Проверьте листы наблюдения и назначения в картах выборки. Критерий выполнен, если оценка по шкале (например, COWS или CIWA-Ar) проводилась с установленной частотой, а медикаментозное лечение соответствовало протоколу.",
          },
          ["record-review", "document-review"],
          3,
          equivalent("P4.5.1"),
          { critical: true },
        ),
        c(
          {
            en: "On discharge the patient is referred to continuing outpatient care or rehabilitation and warned of the overdose risk that comes with lost tolerance",
            ru: "При выписке пациент направляется на дальнейшее амбулаторное лечение или реабилитацию и предупреждается о риске передозировки из-за снижения толерантности",
          },
          {
            en: "Check the discharge summaries and ask recently discharged patients. Met when each summary names the next service and an appointment date and the overdose advice is recorded.",
            ru: "Проверьте выписные эпикризы и расспросите недавно выписанных пациентов. Критерий выполнен, если в каждом эпикризе указаны следующая служба и дата приёма, а консультирование о передозировке зафиксировано.",
          },
          ["record-review", "client-interview"],
          2,
          equivalent("P4.5.3"),
        ),
      ],
      { applicability: { modalities: ["short-term-inpatient"] }, derivedFrom: related("P4.5") },
    ),

    // 6. Rehabilitation and recovery support.
    section(6, { en: "Medical and social rehabilitation and recovery support", ru: "Медико-социальная реабилитация и поддержка выздоровления" }, {
      applicability: { modalities: ["long-term-residential", "recovery-management"] },
    }),
    ...standard(
      "S6.1",
      { en: "Residential rehabilitation", ru: "Реабилитация в стационарных (резидентных) условиях" },
      [
        c(
          {
            en: "Admission to rehabilitation is voluntary and based on assessed need, and the length of stay is planned individually",
            ru: "Поступление на реабилитацию добровольное и основано на оценке потребностей, продолжительность пребывания планируется индивидуально",
          },
          {
            en: "Check the consents and assessments in sampled records and ask residents how they came. Met when every resident consented, the assessment supports admission and the planned stay is set for the person, not the same for all.",
            ru: "Проверьте согласия и оценки в картах выборки, спросите резидентов, как они попали в программу. Критерий выполнен, если каждый резидент дал согласие, оценка обосновывает поступление, а срок пребывания определён индивидуально, а не единый для всех.",
          },
          ["record-review", "client-interview"],
          2,
          equivalent("P4.6.1"),
        ),
        c(
          {
            en: "A structured programme combines psychotherapy, life-skills training and education or vocational activity; occupational therapy is voluntary",
            ru: "Структурированная программа сочетает психотерапию, обучение жизненным навыкам и образовательную или профессиональную деятельность; трудотерапия добровольна",
          },
          {
            en: "Read the weekly timetable and observe activities. Met when all three components are scheduled and delivered and no resident is made to work as a condition of stay.",
            ru: "Изучите недельное расписание и понаблюдайте за занятиями. Критерий выполнен, если все три компонента запланированы и проводятся, а работа не является обязательным условием пребывания.",
          },
          ["document-review", "observation"],
          2,
          equivalent("P4.6.2"),
        ),
        c(
          { en: "Residents who need medication, OAT included, continue it during rehabilitation", ru: "Резиденты, нуждающиеся в медикаментозном лечении, включая ОЗТ, продолжают его во время реабилитации" },
          {
            en: "Ask whether people on OAT or other long-term medication are accepted and check their records. Met when such residents are admitted and their medication is not interrupted.",
            ru: "Выясните, принимаются ли люди, получающие ОЗТ или другую длительную терапию, и проверьте их карты. Критерий выполнен, если такие резиденты принимаются, а лечение не прерывается.",
          },
          ["record-review", "staff-interview"],
          2,
          equivalent("P4.6.3"),
        ),
        c(
          { en: "Discharge is prepared with a plan for social reintegration and aftercare", ru: "Выписка готовится заранее, с планом социальной реинтеграции и последующего наблюдения" },
          {
            en: "Check the discharge plans in sampled records. Met when each names the housing, work or study arrangements and the service that will continue care.",
            ru: "Проверьте планы выписки в картах выборки. Критерий выполнен, если в каждом указаны жильё, работа или учёба и служба, которая продолжит наблюдение.",
          },
          ["record-review"],
          1,
          equivalent("P4.6.4"),
        ),
      ],
      { applicability: { modalities: ["long-term-residential"] } },
    ),
    ...standard(
      "S6.2",
      { en: "Recovery support after active treatment", ru: "Поддержка выздоровления после активного лечения" },
      [
        c(
          {
            en: "After active treatment, contact with the patient is kept at planned intervals, and early signs of relapse lead to readmission without delay",
            ru: "После активного лечения контакт с пациентом поддерживается в плановые сроки, а при ранних признаках рецидива он повторно принимается без задержки",
          },
          {
            en: "Check the follow-up schedule and contacts in sampled records and the time from a relapse signal to readmission. Met when most planned contacts took place and readmission took no more than a few days.",
            ru: "Проверьте график наблюдения и контакты в картах выборки, а также время от признаков рецидива до повторного приёма. Критерий выполнен, если большинство плановых контактов состоялись, а повторный приём занял не более нескольких дней.",
          },
          ["record-review", "data"],
          2,
          broader("P4.7.1", "P4.7.3"),
        ),
        c(
          {
            en: "Patients are actively connected with mutual-help groups, non-governmental organisations, and social protection and employment services",
            ru: "Пациентов активно связывают с группами взаимопомощи, неправительственными организациями, службами социальной защиты и занятости",
          },
          {
            en: "Ask patients which groups or services they were linked to and check the referrals. Met when referrals are recorded and patients confirm at least one working link.",
            ru: "Спросите пациентов, с какими группами или службами их связали, и проверьте направления. Критерий выполнен, если направления зафиксированы, а пациенты подтверждают хотя бы одну действующую связь.",
          },
          ["record-review", "client-interview"],
          1,
          equivalent("P4.7.2"),
        ),
      ],
      { applicability: { modalities: ["recovery-management"] } },
    ),

    // 7. Special groups of patients.
    section(7, { en: "Special groups of patients", ru: "Особые группы пациентов" }),
    ...standard(
      "S7.1",
      { en: "Women and pregnant women", ru: "Женщины и беременные" },
      [
        c(
          {
            en: "Women are offered, on request, a female specialist or women-only groups, arrangements for their children, and safe questions about violence with referral to crisis services",
            ru: "Женщинам по их желанию предоставляются специалист-женщина или женские группы, условия для детей, а также безопасный опрос о насилии с направлением в кризисные службы",
          },
          {
            en: "Ask women patients and staff about these arrangements and check the list of services women are referred to. Met when all three are available and staff can name the crisis service they refer to.",
            ru: "Расспросите пациенток и персонал о таких условиях и проверьте перечень служб для направления. Критерий выполнен, если все три возможности доступны, а персонал может назвать кризисную службу, куда направляет.",
          },
          ["observation", "client-interview", "staff-interview"],
          1,
          broader("P5.1.1", "P5.1.2", "P5.1.3"),
        ),
        c(
          {
            en: "Pregnant women are admitted with priority, offered or kept on OAT rather than withdrawn, and followed jointly with the women's clinic and the maternity service",
            ru: "Беременные принимаются в приоритетном порядке, им предлагается или продолжается ОЗТ вместо отмены опиоидов, наблюдение ведётся совместно с женской консультацией и родовспомогательным учреждением",
          },
          {
            en: "Review the records of pregnant patients of the past two years. Met when each was seen without delay, none with opioid dependence was withdrawn against the protocol, and joint care with obstetric and neonatal services is recorded.",
            ru: "Изучите карты беременных пациенток за последние два года. Критерий выполнен, если каждая принята без задержки, ни одной с опиоидной зависимостью не проводилась отмена вопреки протоколу, а совместное ведение с акушерской и неонатальной службами задокументировано.",
          },
          ["record-review", "document-review"],
          3,
          broader("P5.2.1", "P5.2.2", "P5.2.3"),
          { applicability: { populations: ["pregnant-women"] } },
        ),
      ],
      { applicability: { populations: ["women", "pregnant-women"] } },
    ),
    ...standard(
      "S7.2",
      { en: "Minors", ru: "Несовершеннолетние" },
      [
        c(
          { en: "Minors are not placed in wards or rehabilitation units together with adults", ru: "Несовершеннолетние не размещаются в палатах и реабилитационных отделениях вместе со взрослыми" },
          {
            en: "Inspect the wards and the bed register. Met when every minor admitted in the past year was placed in a separate ward or unit.",
            ru: "Осмотрите палаты и журнал движения коечного фонда. Критерий выполнен, если каждый несовершеннолетний, госпитализированный за последний год, размещался в отдельной палате или отделении.",
          },
          ["observation", "record-review"],
          3,
          equivalent("P5.3.1"),
          { critical: true },
        ),
        c(
          {
            en: "Consent for a minor follows the law, the young person's own view is recorded, and treatment suits their age and involves the family",
            ru: "Согласие на лечение несовершеннолетнего оформляется по закону, мнение самого подростка фиксируется, лечение соответствует возрасту и проводится с участием семьи",
          },
          {
            en: "Check the consents and plans of the minors in the sample. Met when consent was given by the person the law entitles, the adolescent's view is noted and the plan includes work with the family and continued schooling.",
            ru: "Проверьте согласия и планы лечения несовершеннолетних в выборке. Критерий выполнен, если согласие дано лицом, уполномоченным законом, мнение подростка отражено, а план предусматривает работу с семьёй и продолжение учёбы.",
          },
          ["record-review", "staff-interview"],
          2,
          broader("P5.3.2", "P5.3.3"),
        ),
      ],
      { applicability: { populations: ["children-adolescents"] } },
    ),
    ...standard(
      "S7.3",
      { en: "People released from places of detention", ru: "Лица, освобождающиеся из мест лишения свободы" },
      [
        c(
          {
            en: "People referred on release get a confirmed appointment, and whether they attended is checked",
            ru: "Лицам, направленным при освобождении, назначается подтверждённая дата приёма, явка контролируется",
          },
          {
            en: "Compare the referrals received from penitentiary medical services with the appointment log. Met when each referral got a date before release and every missed appointment was followed up.",
            ru: "Сравните направления, полученные от медицинских служб учреждений исполнения наказаний, с журналом записи. Критерий выполнен, если по каждому направлению дата приёма назначена до освобождения, а каждая неявка отслежена.",
          },
          ["record-review", "data"],
          2,
          broader("P3.3.1", "P3.3.3"),
        ),
        c(
          {
            en: "People recently released who are at risk of opioid overdose receive naloxone and advice on preventing overdose",
            ru: "Недавно освободившиеся лица с риском передозировки опиоидов получают налоксон и консультацию по профилактике передозировок",
          },
          {
            en: "Check the naloxone issue log against the released patients seen. Met when most patients at risk received naloxone and advice at their first visit at the latest.",
            ru: "Сверьте журнал выдачи налоксона со списком принятых освободившихся пациентов. Критерий выполнен, если большинство пациентов из группы риска получили налоксон и консультацию не позднее первого визита.",
          },
          ["record-review", "client-interview"],
          2,
          equivalent("P3.3.2"),
        ),
        c(
          {
            en: "An agreement with the penitentiary medical service sets how treatment information is exchanged for people entering and leaving custody",
            ru: "Соглашение с медицинской службой уголовно-исполнительной системы определяет порядок обмена сведениями о лечении лиц, поступающих в места лишения свободы и освобождающихся из них",
          },
          {
            en: "Read the agreement and ask staff how information is exchanged. Met when the agreement exists, names contact persons and requires the patient's consent.",
            ru: "Изучите соглашение и спросите персонал, как происходит обмен сведениями. Критерий выполнен, если соглашение заключено, в нём указаны контактные лица и предусмотрено согласие пациента.",
          },
          ["document-review", "staff-interview"],
          1,
          related("P3.2.1"),
        ),
      ],
      { applicability: { populations: ["criminal-justice"] }, derivedFrom: related("P3.3") },
    ),

    // 8. Staff, management and clinical governance.
    section(8, { en: "Staff, management and clinical governance", ru: "Кадры, управление и клиническое руководство" }),
    ...standard("S8.1", { en: "Licensing and staffing", ru: "Лицензирование и кадровое обеспечение" }, [
      c(
        {
          en: "The facility holds a valid licence for medical activity that covers narcology and every site where care is given",
          ru: "Учреждение имеет действующую лицензию на медицинскую деятельность, охватывающую профиль «наркология» и каждое место оказания помощи",
        },
        {
          en: "Compare the licence and its annexes with the services and addresses in use. Met when the licence is in force and covers every service and site.",
          ru: "Сверьте лицензию и приложения к ней с фактически оказываемыми услугами и адресами. Критерий выполнен, если лицензия действует и охватывает все услуги и адреса.",
        },
        ["document-review"],
        3,
        NATIONAL,
        { critical: true },
      ),
      c(
        {
          en: "The facility holds a valid licence for activities involving narcotic drugs and psychotropic substances, and the staff who handle them are formally admitted",
          ru: "Учреждение имеет действующую лицензию на деятельность, связанную с оборотом наркотических средств и психотропных веществ, а работающие с ними сотрудники допущены в установленном порядке",
        },
        {
          en: "Check the licence, the premises it covers and the order admitting staff to work with narcotic drugs. Met when all are in force and match the staff on duty.",
          ru: "Проверьте лицензию, указанные в ней помещения и приказ о допуске сотрудников к работе с наркотическими средствами. Критерий выполнен, если все документы действуют и соответствуют фактически работающему персоналу.",
        },
        ["document-review"],
        3,
        NATIONAL,
        { critical: true },
      ),
      c(
        {
          en: "Posts are filled by qualified specialists in line with the staffing standards, and workload matches the number of patients",
          ru: "Должности укомплектованы квалифицированными специалистами в соответствии со штатными нормативами, нагрузка соответствует числу пациентов",
        },
        {
          en: "Compare the staffing table, personnel files and patient numbers. Met when each clinical post is held by a person with the required certificate and caseloads are within the norms.",
          ru: "Сравните штатное расписание, личные дела и число пациентов. Критерий выполнен, если каждую клиническую должность занимает специалист с требуемым сертификатом, а нагрузка не превышает нормативов.",
        },
        ["document-review", "data"],
        2,
        equivalent("P6.2.1"),
      ),
      c(
        {
          en: "Narcologists pass the periodic attestation for a qualification category and the required continuing education courses",
          ru: "Врачи-наркологи проходят периодическую аттестацию на квалификационную категорию и обязательные циклы повышения квалификации",
        },
        {
          en: "Check the personnel files for the date of the last attestation and the training certificates. Met when no narcologist is overdue.",
          ru: "Проверьте в личных делах дату последней аттестации и свидетельства о повышении квалификации. Критерий выполнен, если ни у одного врача-нарколога сроки не просрочены.",
        },
        ["document-review"],
        2,
        NATIONAL,
      ),
      c(
        {
          en: "Staff are trained in the facility's protocols and in non-discriminatory work with vulnerable groups, and clinical staff take part in regular case reviews",
          ru: "Персонал обучается по протоколам учреждения и недискриминационной работе с уязвимыми группами, клинические сотрудники регулярно участвуют в клинических разборах",
        },
        {
          en: "Check the training plan, attendance and the minutes of case reviews. Met when every clinical staff member was trained in the past year, the topics include non-discrimination, and case reviews are held as often as set.",
          ru: "Проверьте план обучения, сведения о его прохождении и протоколы клинических разборов. Критерий выполнен, если каждый клинический сотрудник обучался за последний год, темы включают недискриминацию, а разборы проводятся с установленной периодичностью.",
        },
        ["record-review", "staff-interview"],
        1,
        broader("P6.2.2", "P6.2.3", "P5.5.2"),
      ),
    ]),
    ...standard("S8.2", { en: "Clinical governance and patient safety", ru: "Клиническое руководство и безопасность пациентов" }, [
      c(
        {
          en: "The ministry's current clinical protocols and the facility's own procedures are available at every workplace",
          ru: "Действующие клинические протоколы министерства и внутренние процедуры учреждения доступны на каждом рабочем месте",
        },
        {
          en: "Ask staff to show the protocol they use and check its date. Met when the current version is at hand and staff know it.",
          ru: "Попросите сотрудников показать используемый протокол и проверьте его дату. Критерий выполнен, если действующая редакция доступна и известна персоналу.",
        },
        ["document-review", "staff-interview"],
        2,
        equivalent("P6.1.1"),
      ),
      c(
        {
          en: "Internal quality control runs to an annual plan with measurable targets, incidents and deaths are reviewed, and the findings change practice",
          ru: "Внутренний контроль качества проводится по годовому плану с измеримыми целями, инциденты и летальные исходы разбираются, выводы используются для изменения практики",
        },
        {
          en: "Read the plan, the incident register, the reviews of deaths and the minutes of the quality commission. Met when targets are measurable, serious events were reviewed and at least one change in the past year follows from the findings.",
          ru: "Изучите план, журнал инцидентов, разборы летальных исходов и протоколы комиссии по качеству. Критерий выполнен, если цели измеримы, серьёзные события разобраны, а хотя бы одно изменение за последний год вытекает из выводов.",
        },
        ["document-review", "data"],
        2,
        broader("P6.1.3", "P6.3.2", "P7.2.3"),
      ),
      c(
        {
          en: "Staff on every shift can give emergency care for overdose and other acute conditions, with naloxone and resuscitation equipment at hand",
          ru: "Персонал каждой смены способен оказать неотложную помощь при передозировке и других острых состояниях, налоксон и реанимационное оборудование имеются в наличии",
        },
        {
          en: "Check the emergency kit, the naloxone expiry dates and the training of the staff on the rota, and ask a staff member to talk through an overdose. Met when kit and naloxone are complete and in date and trained staff are on every shift.",
          ru: "Проверьте укладку для неотложной помощи, сроки годности налоксона и обученность дежурного персонала, попросите сотрудника описать действия при передозировке. Критерий выполнен, если укладка и налоксон укомплектованы и годны, а в каждой смене есть обученные сотрудники.",
        },
        ["observation", "staff-interview"],
        3,
        equivalent("P6.3.1"),
        { critical: true },
      ),
      c(
        {
          en: "Cooperation agreements with AIDS centres, TB services, social services and NGOs set the referral routes, and referrals are reviewed with the partners",
          ru: "Соглашения о сотрудничестве с центрами СПИД, противотуберкулёзной службой, социальными службами и НПО определяют порядок направления, результаты направлений обсуждаются с партнёрами",
        },
        {
          en: "Read the agreements and the referral data. Met when agreements exist with the main partners and referral outcomes were discussed with them in the past year.",
          ru: "Изучите соглашения и данные о направлениях. Критерий выполнен, если соглашения заключены с основными партнёрами, а результаты направлений обсуждались с ними за последний год.",
        },
        ["document-review", "data"],
        1,
        broader("P7.3.1", "P7.3.2"),
      ),
    ]),

    // 9. Records, the national narcological register and reporting.
    section(9, {
      en: "Medical records, national narcological register and reporting",
      ru: "Медицинская документация, национальный наркологический регистр и отчётность",
    }),
    ...standard("S9.1", { en: "Medical records", ru: "Медицинская документация" }, [
      c(
        {
          en: "Medical records are kept on the approved forms, are complete and legible, and contain the national minimum data set",
          ru: "Медицинская документация ведётся по утверждённым формам, полна и разборчива и содержит национальный минимальный набор данных",
        },
        {
          en: "Check a sample of records against the approved forms and the fields of the data set. Met when most records are complete and data-set fields are rarely missing.",
          ru: "Сверьте выборку карт с утверждёнными формами и полями набора данных. Критерий выполнен, если большинство карт заполнены полностью, а поля набора данных пропущены редко.",
        },
        ["record-review"],
        2,
        broader("P6.1.2", "P7.1.1"),
      ),
    ]),
    ...standard("S9.2", { en: "National narcological register", ru: "Национальный наркологический регистр" }, [
      c(
        {
          en: "Data in the national narcological register are entered and viewed only by designated staff as the personal data law requires, and every access is logged",
          ru: "Данные национального наркологического регистра вносятся и просматриваются только назначенными сотрудниками в соответствии с законом о персональных данных, каждый доступ фиксируется",
        },
        {
          en: "Check the order designating register users, their individual accounts and the access log. Met when only designated staff have accounts and the log shows no unexplained access.",
          ru: "Проверьте приказ о назначении пользователей регистра, их индивидуальные учётные записи и журнал доступа. Критерий выполнен, если учётные записи есть только у назначенных сотрудников, а в журнале нет необъяснённых обращений.",
        },
        ["document-review", "observation", "data"],
        3,
        NATIONAL,
        { critical: true },
      ),
      c(
        {
          en: "Register data reach the republican narcology centre only over the protected channel, and data released for research are de-identified",
          ru: "Данные регистра передаются в республиканский наркологический центр только по защищённому каналу, а данные для научных исследований обезличиваются",
        },
        {
          en: "Inspect the last transmission and any extract released for research. Met when the transmission used the protected channel and research extracts carry no names or personal identification numbers.",
          ru: "Изучите последнюю передачу данных и выгрузки для исследований. Критерий выполнен, если передача выполнена по защищённому каналу, а выгрузки для исследований не содержат имён и персональных идентификационных номеров.",
        },
        ["document-review", "data"],
        1,
        related("P7.1.3"),
      ),
      c(
        {
          en: "Certificates stating whether a person is on the narcological register are issued only to that person or on a request the law provides for",
          ru: "Справки о наличии или отсутствии лица на наркологическом учёте выдаются только самому лицу или по запросу, предусмотренному законом",
        },
        {
          en: "Review the certificate log for the past year. Met when each certificate went to the person or to a body the law entitles, and states only the fact of registration.",
          ru: "Изучите журнал выдачи справок за последний год. Критерий выполнен, если каждая справка выдана самому лицу или органу, имеющему на это право по закону, и содержит только факт учёта.",
        },
        ["document-review", "record-review"],
        2,
        NATIONAL,
      ),
    ]),
    ...standard("S9.3", { en: "Reporting and monitoring", ru: "Отчётность и мониторинг" }, [
      c(
        {
          en: "The ministry's statistical reporting forms on narcological disorders are completed and submitted on time",
          ru: "Формы статистической отчётности министерства о наркологических расстройствах заполняются и представляются своевременно",
        },
        {
          en: "Compare the submission dates of the past year's forms with the deadlines. Met when every form was submitted on time and signed by the head of the facility.",
          ru: "Сравните даты представления отчётных форм за последний год с установленными сроками. Критерий выполнен, если все формы представлены в срок и подписаны руководителем.",
        },
        ["document-review", "data"],
        2,
        NATIONAL,
      ),
      c(
        { en: "Register entries are reconciled with medical records every quarter and errors are corrected", ru: "Записи регистра ежеквартально сверяются с медицинской документацией, ошибки исправляются" },
        {
          en: "Ask for the last reconciliation and re-check a small sample yourself. Met when a reconciliation was done in the past quarter and your sample shows no discrepancy left uncorrected.",
          ru: "Запросите результаты последней сверки и самостоятельно перепроверьте небольшую выборку. Критерий выполнен, если сверка проведена в последнем квартале, а в вашей выборке нет неисправленных расхождений.",
        },
        ["data", "record-review"],
        1,
        narrower("P7.1.2"),
      ),
      c(
        {
          en: "Treatment outcomes and retention, OAT retention at 6 and 12 months included, are measured and analysed every year",
          ru: "Результаты лечения и удержание в нём, в том числе удержание в программе ОЗТ через 6 и 12 месяцев, измеряются и ежегодно анализируются",
        },
        {
          en: "Ask for the annual outcome and retention figures and how they were calculated. Met when a standard outcome tool is used at entry and follow-up and retention is calculated at least once a year.",
          ru: "Запросите годовые показатели результатов и удержания и методику их расчёта. Критерий выполнен, если при поступлении и в динамике применяется стандартный инструмент оценки, а удержание рассчитывается не реже раза в год.",
        },
        ["data"],
        2,
        broader("P7.2.1", "P7.2.2"),
      ),
    ]),

    // 10. Infection control and continuity of care in emergencies (lessons of COVID-19).
    section(10, {
      en: "Infection control and continuity of care in emergencies",
      ru: "Инфекционная безопасность и непрерывность помощи в чрезвычайных ситуациях",
    }),
    ...standard("S10.1", { en: "Infection prevention and control", ru: "Профилактика инфекций и инфекционный контроль" }, [
      c(
        {
          en: "Sanitary and epidemiological rules are followed: hand hygiene, safe disposal of sharps and cleaning",
          ru: "Соблюдается санитарно-эпидемиологический режим: гигиена рук, безопасная утилизация острых инструментов, уборка помещений",
        },
        {
          en: "Observe the hand-washing points, sharps containers and cleaning logs. Met when the supplies required are present and in use.",
          ru: "Оцените пункты мытья рук, контейнеры для острых отходов и журналы уборки. Критерий выполнен, если необходимые средства имеются и используются.",
        },
        ["observation", "document-review"],
        2,
        equivalent("P6.3.3"),
      ),
      c(
        {
          en: "An epidemic readiness plan provides for triage of patients with fever or respiratory symptoms, a stock of protective equipment and spacing at the dispensing point",
          ru: "План готовности к эпидемиям предусматривает сортировку пациентов с лихорадкой или респираторными симптомами, запас средств индивидуальной защиты и соблюдение дистанции на пункте выдачи",
        },
        {
          en: "Read the plan and check the stock of protective equipment. Met when the plan is approved, names who carries out triage, and the stock lasts at least the period the plan sets.",
          ru: "Изучите план и проверьте запас средств индивидуальной защиты. Критерий выполнен, если план утверждён, в нём назначены ответственные за сортировку, а запаса хватает как минимум на предусмотренный планом срок.",
        },
        ["document-review", "observation"],
        1,
        related("P6.3.3"),
      ),
    ]),
    ...standard("S10.2", { en: "Continuity of treatment in emergencies", ru: "Непрерывность лечения в чрезвычайных ситуациях" }, [
      c(
        {
          en: "A continuity plan sets a reserve of essential and OAT medicines, staff cover, and the transfer of patients with their records if a site must close",
          ru: "План обеспечения непрерывности помощи предусматривает резерв основных лекарственных средств и препаратов ОЗТ, замену персонала и перевод пациентов с документацией при закрытии площадки",
        },
        {
          en: "Read the plan and compare the medicine reserve with it. Met when the plan is approved, the reserve is held and staff know how patients would be transferred.",
          ru: "Изучите план и сравните с ним фактический резерв препаратов. Критерий выполнен, если план утверждён, резерв создан, а персонал знает порядок перевода пациентов.",
        },
        ["document-review", "staff-interview"],
        2,
        related("P4.3.2"),
      ),
      c(
        {
          en: "During quarantine or movement restrictions, OAT take-home doses for several days, or delivery to patients in isolation, are allowed under a written procedure",
          ru: "При карантине или ограничении передвижения допускаются выдача доз ОЗТ на руки на несколько дней или доставка препарата пациентам на изоляции по письменному порядку",
        },
        {
          en: "Read the emergency procedure and check the records of the last period of restrictions. Met when the procedure sets eligibility, quantities and safe-storage advice, and the doses issued followed it.",
          ru: "Изучите порядок действий в чрезвычайной ситуации и проверьте записи за последний период ограничений. Критерий выполнен, если порядок определяет критерии отбора, количество доз и правила безопасного хранения, а выданные дозы ему соответствуют.",
        },
        ["document-review", "record-review"],
        2,
        narrower("P4.4.2"),
        { applicability: { modalities: ["outpatient"] } },
      ),
      c(
        {
          en: "Telemedicine consultations and remote psychosocial support are available, with the patient's identity checked and confidentiality protected",
          ru: "Доступны телемедицинские консультации и дистанционная психосоциальная поддержка с идентификацией пациента и защитой конфиденциальности",
        },
        {
          en: "Read the telemedicine procedure and check the records of remote contacts. Met when remote contacts are recorded like visits, identity is checked and the platform used is approved.",
          ru: "Изучите порядок телемедицинских консультаций и проверьте записи о дистанционных контактах. Критерий выполнен, если дистанционные контакты документируются так же, как очные приёмы, личность пациента проверяется, а используемая платформа утверждена.",
        },
        ["document-review", "record-review"],
        1,
        narrower("P4.7.1"),
      ),
    ]),
  ];
}

/**
 * An illustrative national quality standard for narcology services as a {@link Framework}: ten
 * sections by service area (`S1`..`S10`), 22 standards and 65 rated criteria, with English and
 * Russian titles and assessor guidance, weights (1 to 3) on every criterion and ten critical
 * criteria. It is fictional: not Uzbekistan's or Kazakhstan's standard (their text is not public)
 * but an example, derived from treatment-quality's paraphrase of the International Standards
 * (2020), of how a ministry of health adapts them. Its `derivedFrom` links show each move of such
 * an adaptation: criteria kept (`equivalent`, e.g. `S2.1.1`), merged (`broader`, e.g. `S3.2.2`),
 * split (`narrower`, e.g. `S4.2.1`..`S4.2.3`), related only (e.g. `S1.2.2`), added for national
 * law without a link (e.g. `S8.1.1`, licensing), and international criteria not adopted (outreach,
 * diversion, treatment inside prisons). Compare it with its base with `frameworkCoverage`. The
 * value is deeply frozen.
 *
 * @example
 * ```ts
 * import { frameworkCoverage, illustrativeNationalStandard, internationalStandards2020 } from "treatment-quality";
 *
 * illustrativeNationalStandard.nodes.filter((node) => node.parentId === undefined).length; // => 10
 * illustrativeNationalStandard.nodes.filter((node) => node.kind === "criterion").length; // => 65
 * const coverage = frameworkCoverage(illustrativeNationalStandard, internationalStandards2020);
 * `${coverage.covered}/${coverage.total}`; // => "72/88"
 * coverage.unsourced; // => ["S1.2.3", "S8.1.1", "S8.1.2", "S8.1.4", "S9.2.1", "S9.2.3", "S9.3.1"]
 * coverage.relatedOnly; // => ["P1.1.2", "P3.2.1", "P7.1.3"]
 * ```
 */
export const illustrativeNationalStandard: Framework = /* @__PURE__ */ (() =>
  deepFreeze<Framework>({
    id: "illustrative-national-standard",
    version: "1.0",
    title: { en: "Illustrative national quality standard for narcology services", ru: "Иллюстративный национальный стандарт качества наркологической помощи" },
    description: {
      en: "A fictional national quality standard for narcology (drug dependence treatment) services, written as an example of how a ministry of health in Central Asia might adapt the International Standards for the Treatment of Drug Use Disorders (2020) for accreditation: organised by service area rather than by principle, with criteria kept, merged, split or added for national legislation (licensing, attestation of narcologists, the narcological register, reporting), some international criteria not adopted, and the ministry's own weights and critical criteria. It is not the national standard of Uzbekistan (approved in 2020) or of Kazakhstan, whose texts are not public.",
      ru: "Вымышленный национальный стандарт качества наркологической помощи (лечения наркотической зависимости), составленный как пример того, как министерство здравоохранения в Центральной Азии может адаптировать Международные стандарты лечения расстройств, связанных с употреблением наркотиков (2020), для аккредитации: по направлениям помощи, а не по принципам; критерии сохранены, объединены, разделены или добавлены с учётом национального законодательства (лицензирование, аттестация врачей-наркологов, наркологический регистр, отчётность); часть международных критериев не принята; веса и критические критерии определены министерством. Это не национальный стандарт Узбекистана (утверждён в 2020 году) или Казахстана: их тексты не опубликованы.",
    },
    publisher: "treatment-quality (illustrative example, not a government publication)",
    year: 2020,
    source: {
      document: DOCUMENT,
      edition: EDITION,
      verified: true,
      note: "The document is this catalog itself, written for treatment-quality; each node cites its own code as the section, so `verified: true` means the citation matches this example, not any government text. No national standard was used as a source: the texts of Uzbekistan's 2020 national quality standards and of any Kazakh standard are not public.",
    },
    status: "illustrative",
    license: "MIT (treatment-quality)",
    notice:
      "Fictional: an example written for treatment-quality, not the quality standard of Uzbekistan, Kazakhstan or any other country, and not a government publication. It is derived from treatment-quality's own paraphrase of the International Standards for the Treatment of Drug Use Disorders (WHO and UNODC, 2020), not from the Standards' text, and is not endorsed by WHO, UNODC or any government. Legal references (licences, attestation, the narcological register, reporting forms) are generic and name no real act.",
    nodes: buildNodes(),
  }))();
