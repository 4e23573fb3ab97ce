/**
 * A machine-readable catalog of the UNODC-WHO International Standards for the Treatment of Drug Use
 * Disorders (revised edition incorporating results of field-testing, WHO and UNODC 2020; ISBN
 * 978-92-4-000219-7), shaped as a quality framework that assessors rate services against: the seven
 * key principles as roots, then standards, then assessable criteria (the rated leaves). Only the
 * seven-principle structure and the principle titles come from the Standards, and the titles are
 * given as recalled: no full-text copy of the 2020 edition was reachable, so every `source` carries
 * `verified: false`. The standards, criteria and assessor guidance are this library's own
 * elaboration, written in our own words from the Standards' requirement themes (the source is
 * CC BY-NC-SA 3.0 IGO and none of its sentences is copied), marked `illustrative: true`, and not
 * endorsed by WHO or UNODC. Adapt the catalog (weights, critical flags, local thresholds) before
 * using it for accreditation.
 */
import { deepFreeze } from "../../_lib/deep-freeze.js";
import type { Applicability, EvidenceType, Framework, FrameworkNode, SourceCitation } from "../framework.js";

const DOCUMENT = "International Standards for the Treatment of Drug Use Disorders";
const EDITION = "Revised edition incorporating results of field-testing, WHO and UNODC 2020";

/** The section cited by principle N and the standards written from its requirement themes. */
const principleSection = (n: number): string => `Key principles of treatment, Principle ${n}`;
const MODALITY_CHAPTER = "Treatment settings, modalities and interventions";
const POPULATION_CHAPTER = "Populations with special treatment and care needs";

const PRINCIPLE_NOTE = "Chapter and principle title as recalled; wording and numbering not checked against the document (no full-text copy was reachable).";
const MODALITY_NOTE =
  "Chapter and section named as recalled (the Standards' published summary confirms they describe treatment settings, modalities and interventions); exact title and numbering not checked. Standard and criteria are our elaboration.";
const POPULATION_NOTE =
  "Chapter and section named as recalled (the Standards' published summary confirms they include considerations for populations with special treatment and care needs); exact title and numbering not checked. Standard and criteria are our elaboration.";

type Text = { en: string; ru: string };

interface CriterionSpec {
  title: Text;
  guidance: Text;
  evidence: EvidenceType[];
  critical?: true;
  weight?: number;
}

const cite = (section: string, note?: string): SourceCitation => ({ document: DOCUMENT, edition: EDITION, section, verified: false, ...(note ? { note } : {}) });

const principle = (n: number, title: Text): FrameworkNode => ({ id: `P${n}`, code: `${n}`, kind: "principle", title, source: cite(principleSection(n), PRINCIPLE_NOTE) });

/** A criterion's content; its id, code, parent and source come from the standard it is listed under. */
const c = (title: Text, guidance: Text, evidence: EvidenceType[], flags: { critical?: true; weight?: number } = {}): CriterionSpec => ({ title, guidance, evidence, ...flags });

/** A standard followed by its criteria, numbered in order: P4.4 gets P4.4.1, P4.4.2, ... */
function standard(id: string, title: Text, source: SourceCitation, criteria: CriterionSpec[], applicability?: Applicability): FrameworkNode[] {
  const parentId = id.slice(0, id.indexOf("."));
  const node: FrameworkNode = { id, parentId, code: id.slice(1), kind: "standard", title, ...(applicability ? { applicability } : {}), source, illustrative: true };
  return [
    node,
    ...criteria.map((spec, index): FrameworkNode => ({
      id: `${id}.${index + 1}`,
      parentId: id,
      code: `${id.slice(1)}.${index + 1}`,
      kind: "criterion",
      title: spec.title,
      guidance: spec.guidance,
      ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
      ...(spec.critical ? { critical: true } : {}),
      evidence: spec.evidence,
      source: cite(source.section ?? principleSection(Number(parentId.slice(1)))),
      illustrative: true,
    })),
  ];
}

/** The nodes, depth-first: each principle, then each of its standards followed by its criteria. */
function buildNodes(): FrameworkNode[] {
  const P1 = cite(principleSection(1));
  const P2 = cite(principleSection(2));
  const P3 = cite(principleSection(3));
  const P4 = cite(principleSection(4));
  const P6 = cite(principleSection(6));
  const P7 = cite(principleSection(7));
  const modality = (name: string): SourceCitation => cite(`${MODALITY_CHAPTER}: ${name}`, MODALITY_NOTE);
  const population = (name: string): SourceCitation => cite(`${POPULATION_CHAPTER}: ${name}`, POPULATION_NOTE);

  return [
    // Principle 1: availability and accessibility.
    principle(1, {
      en: "Treatment must be available, accessible, attractive, and appropriate for needs",
      ru: "Лечение должно быть в наличии, доступным, привлекательным и соответствовать потребностям",
    }),
    ...standard("P1.1", { en: "Timely, low-threshold entry into treatment", ru: "Своевременный и низкопороговый доступ к лечению" }, P1, [
      c(
        { en: "People seeking help are assessed promptly after first contact", ru: "Обратившиеся за помощью проходят первичную оценку в короткие сроки после первого обращения" },
        {
          en: "Compare the dates of first contact and first assessment in a sample of records, or the service's waiting-time data. Met when waiting time is measured and most people are assessed within the period the service or national rules set.",
          ru: "Сравните даты первого обращения и первичной оценки в выборке карт или данные службы о времени ожидания. Критерий выполнен, если время ожидания измеряется и большинство обратившихся проходят оценку в срок, установленный службой или национальными правилами.",
        },
        ["record-review", "data"],
      ),
      c(
        { en: "Admission does not depend on abstinence, prior detoxification or registration with a drug register", ru: "Приём на лечение не зависит от воздержания, предварительной детоксикации или постановки на наркологический учёт" },
        {
          en: "Read the admission rules and ask clients what was required of them before they could start. Met when no written or unwritten rule turns people away for current drug use, for lack of a prior detoxification or for declining registration.",
          ru: "Изучите правила приёма и спросите пациентов, что от них требовали до начала лечения. Критерий выполнен, если ни письменные, ни неписаные правила не приводят к отказу из-за текущего употребления, отсутствия предварительной детоксикации или отказа от постановки на учёт.",
        },
        ["document-review", "client-interview"],
      ),
      c(
        { en: "Opening hours and location suit the people the service is for", ru: "Часы работы и расположение службы удобны для её целевой группы" },
        {
          en: "Note opening hours and transport links, and ask clients whether they can attend without losing work or childcare. Met when hours include times that working people can use and clients report no major practical barrier.",
          ru: "Оцените часы работы и транспортную доступность, спросите пациентов, могут ли они посещать службу без ущерба для работы или ухода за детьми. Критерий выполнен, если часы работы удобны и для работающих людей, а пациенты не сообщают о серьёзных практических препятствиях.",
        },
        ["observation", "client-interview"],
      ),
    ]),
    ...standard("P1.2", { en: "Affordable, non-discriminatory and acceptable services", ru: "Финансово доступные, недискриминационные и приемлемые услуги" }, P1, [
      c(
        { en: "Cost does not prevent anyone from receiving essential treatment", ru: "Стоимость не препятствует получению основного лечения" },
        {
          en: "Check fee schedules and exemption rules and ask clients about out-of-pocket costs. Met when essential treatment, including medication for opioid dependence where offered, is free or fees are waived for people who cannot pay.",
          ru: "Проверьте прейскурант и правила освобождения от оплаты, спросите пациентов о личных расходах. Критерий выполнен, если основное лечение, включая медикаментозное лечение опиоидной зависимости там, где оно предоставляется, бесплатно или для неплатёжеспособных оплата отменяется.",
        },
        ["document-review", "client-interview"],
      ),
      c(
        { en: "No one is refused because of legal status, residence, lack of documents, HIV status or similar grounds", ru: "Никому не отказывают из-за правового статуса, места жительства, отсутствия документов, ВИЧ-статуса и подобных причин" },
        {
          en: "Review the admission policy and any record of refusals, and ask staff how they handle people without documents or from outside the catchment area. Met when the policy rules out such exclusions and no refusal on these grounds is found.",
          ru: "Изучите порядок приёма и записи об отказах, спросите персонал, как поступают с людьми без документов или из другого района. Критерий выполнен, если порядок исключает такие отказы и отказов по этим причинам не выявлено.",
        },
        ["document-review", "record-review", "staff-interview"],
      ),
      c(
        { en: "Premises and communication are accessible to people with disabilities", ru: "Помещения и общение с пациентами доступны для людей с инвалидностью" },
        {
          en: "Look for step-free access, an accessible toilet and ways to adapt information for people with sensory or cognitive impairments. Met when a person with reduced mobility can reach consultation rooms and staff can describe how they adapt information.",
          ru: "Проверьте наличие безбарьерного входа, доступного туалета и способов адаптировать информацию для людей с нарушениями зрения, слуха или когнитивных функций. Критерий выполнен, если человек с ограниченной мобильностью может попасть в кабинеты, а персонал может описать, как адаптирует информацию.",
        },
        ["observation", "staff-interview"],
      ),
      c(
        { en: "Clear information about the service is available in the main local languages", ru: "Понятная информация о службе доступна на основных местных языках" },
        {
          en: "Look for leaflets, signs and online pages saying what the service offers, how to get in and what it costs. Met when such information exists in plain words in the languages most of the local population reads.",
          ru: "Найдите буклеты, вывески и интернет-страницы о том, какие услуги предоставляются, как на них попасть и сколько они стоят. Критерий выполнен, если такая информация изложена простым языком на языках, которыми владеет большинство местного населения.",
        },
        ["document-review", "observation"],
      ),
    ]),
    ...standard(
      "P1.3",
      { en: "Community-based outreach reaches people not in contact with services", ru: "Аутрич-работа в сообществе охватывает людей, не обращающихся в службы" },
      modality("Community-based outreach"),
      [
        c(
          { en: "Outreach workers regularly contact people who use drugs where they live and gather", ru: "Аутрич-работники регулярно встречаются с людьми, употребляющими наркотики, в местах их проживания и сбора" },
          {
            en: "Review outreach schedules, contact logs and the list of sites covered, and ask whether peer workers take part. Met when outreach runs on a planned, regular basis at sites chosen from local knowledge of where people use drugs.",
            ru: "Изучите графики аутрич-работы, журналы контактов и перечень охватываемых мест, выясните, участвуют ли в работе равные консультанты. Критерий выполнен, если аутрич-работа ведётся планово и регулярно в местах, выбранных на основе знания местной ситуации.",
          },
          ["document-review", "data", "staff-interview"],
        ),
        c(
          { en: "Outreach offers practical harm-reduction help on the spot", ru: "В ходе аутрич-работы на месте оказывается практическая помощь по снижению вреда" },
          {
            en: "Check what outreach workers carry and hand out (for example naloxone, sterile injecting equipment, condoms, information) and whether they can offer or arrange rapid testing. Met when these supplies are regularly available and their distribution is recorded.",
            ru: "Проверьте, что аутрич-работники имеют при себе и раздают (например, налоксон, стерильный инструментарий для инъекций, презервативы, информационные материалы) и могут ли они провести или организовать экспресс-тестирование. Критерий выполнен, если эти средства регулярно имеются и их выдача учитывается.",
          },
          ["observation", "data"],
        ),
        c(
          { en: "Referrals from outreach to treatment and other services are followed up", ru: "Направления из аутрич-службы в лечебные и иные службы отслеживаются" },
          {
            en: "Follow a sample of referrals in the logs to see whether the person reached the service. Met when the outcome of referrals is recorded and agreed contacts at receiving services help people get in.",
            ru: "Проследите выборку направлений по журналам, чтобы узнать, дошёл ли человек до службы. Критерий выполнен, если результат направлений фиксируется, а согласованные контактные лица в принимающих службах облегчают приём.",
          },
          ["record-review", "data"],
        ),
      ],
      { modalities: ["community-outreach"] },
    ),
    ...standard(
      "P1.4",
      { en: "Screening, brief intervention and referral in health and social care settings", ru: "Скрининг, краткое вмешательство и направление на лечение в учреждениях здравоохранения и социальной сферы" },
      modality("Screening, brief intervention and referral to treatment"),
      [
        c(
          { en: "A validated screening tool is used routinely", ru: "Валидированный инструмент скрининга применяется на регулярной основе" },
          {
            en: "Check which tool the protocol names (for example the WHO ASSIST) and for which patient groups, then sample records for completed screens. Met when a validated tool is named and screening results appear in most sampled records of the target group.",
            ru: "Проверьте, какой инструмент указан в протоколе (например, ASSIST ВОЗ) и для каких групп пациентов, затем найдите результаты скрининга в выборке карт. Критерий выполнен, если указан валидированный инструмент и результаты скрининга есть в большинстве карт целевой группы.",
          },
          ["document-review", "record-review"],
        ),
        c(
          { en: "People with risky drug use receive a brief intervention from trained staff", ru: "Лица с рискованным употреблением наркотиков получают краткое вмешательство от обученного персонала" },
          {
            en: "Check training records and ask staff how they respond to a positive screen. Met when the staff who screen have been trained in brief intervention and records show one was given after positive screens.",
            ru: "Проверьте сведения об обучении и спросите персонал, как он действует при положительном результате скрининга. Критерий выполнен, если проводящие скрининг сотрудники обучены краткому вмешательству и записи показывают, что оно проводилось после положительных результатов.",
          },
          ["record-review", "staff-interview"],
        ),
        c(
          { en: "People with probable dependence are referred to specialised treatment and the referral is followed up", ru: "Лица с вероятной зависимостью направляются в специализированную службу, и результат направления отслеживается" },
          {
            en: "Review the referral pathway and a sample of referrals. Met when a named receiving service has agreed the pathway and records show whether each referred person attended.",
            ru: "Изучите порядок направления и выборку направлений. Критерий выполнен, если порядок согласован с конкретной принимающей службой и в записях отражено, явился ли каждый направленный.",
          },
          ["document-review", "record-review"],
        ),
      ],
      { modalities: ["screening-brief-intervention"] },
    ),

    // Principle 2: ethical standards of care.
    principle(2, { en: "Ensuring ethical standards of care in treatment services", ru: "Обеспечение этических стандартов помощи в лечебных службах" }),
    ...standard("P2.1", { en: "Informed consent and voluntary participation", ru: "Информированное согласие и добровольность участия" }, P2, [
      c(
        { en: "Informed consent is obtained and recorded before treatment begins", ru: "Информированное добровольное согласие получено и оформлено до начала лечения" },
        {
          en: "Check sampled records for consent, dated no later than the start of treatment, that covers the proposed interventions. Met when every sampled record has it; treatment started without consent outside a documented emergency is a failure.",
          ru: "Проверьте в выборке карт наличие согласия на предлагаемые вмешательства, датированного не позднее начала лечения. Критерий выполнен, если оно есть в каждой карте; начало лечения без согласия вне документированной неотложной ситуации означает невыполнение.",
        },
        ["record-review", "client-interview"],
        { critical: true },
      ),
      c(
        { en: "Clients can stop or change treatment without being penalised by the service", ru: "Пациент может прекратить или изменить лечение без санкций со стороны службы" },
        {
          en: "Read the rules on leaving treatment and ask clients and staff what happens when someone wants to leave. Met when leaving is possible at any time, with advice on risks such as overdose after withdrawal, and the service imposes no penalty, detention or report.",
          ru: "Изучите правила прекращения лечения и спросите пациентов и персонал, что происходит, когда человек хочет уйти. Критерий выполнен, если уйти можно в любой момент (с разъяснением рисков, например передозировки после отмены), а служба не применяет санкций, удержания и не сообщает об уходе.",
        },
        ["document-review", "staff-interview", "client-interview"],
      ),
      c(
        { en: "Clients receive understandable information on options, benefits, risks and rules", ru: "Пациенты получают понятную информацию о вариантах лечения, его пользе, рисках и правилах" },
        {
          en: "Look at the information given at admission and ask clients what they were told. Met when the information covers the available options, medication included, and clients can recall the main points.",
          ru: "Изучите информацию, которую получают при поступлении, и спросите пациентов, что им объяснили. Критерий выполнен, если информация охватывает доступные варианты, включая медикаментозное лечение, и пациенты могут пересказать главное.",
        },
        ["document-review", "client-interview"],
      ),
    ]),
    ...standard("P2.2", { en: "Confidentiality and privacy", ru: "Конфиденциальность и неприкосновенность частной жизни" }, P2, [
      c(
        { en: "Client records are kept secure and accessed only by authorised staff", ru: "Медицинская документация хранится надёжно и доступна только уполномоченному персоналу" },
        {
          en: "Observe how paper and electronic records are stored and check access controls or logs. Met when records are locked away or password-protected and access is limited to staff who need it for care.",
          ru: "Посмотрите, как хранятся бумажные и электронные записи, проверьте разграничение доступа или журналы доступа. Критерий выполнен, если записи хранятся под замком или защищены паролем, а доступ имеют только сотрудники, которым он нужен для оказания помощи.",
        },
        ["observation", "document-review"],
        { critical: true },
      ),
      c(
        { en: "Information is shared with third parties only with consent or a clear legal basis", ru: "Сведения передаются третьим лицам только с согласия пациента или при наличии чёткого правового основания" },
        {
          en: "Review the disclosure policy and a sample of disclosures to police, employers, courts or family. Met when each disclosure rests on written consent or a cited legal requirement and is recorded.",
          ru: "Изучите порядок раскрытия сведений и выборку случаев передачи информации полиции, работодателям, судам или родственникам. Критерий выполнен, если каждая передача основана на письменном согласии или указанном требовании закона и зафиксирована.",
        },
        ["document-review", "record-review"],
      ),
      c(
        { en: "Consultations and dispensing take place where others cannot overhear", ru: "Консультации и выдача препаратов проводятся в условиях, исключающих присутствие посторонних" },
        {
          en: "Observe consultation rooms and dispensing points. Met when assessments and counselling happen in private rooms and the dispensing arrangement keeps clients' details from others in the queue.",
          ru: "Осмотрите кабинеты и пункты выдачи препаратов. Критерий выполнен, если оценка и консультирование проводятся в отдельных кабинетах, а порядок выдачи не раскрывает сведения о пациенте другим ожидающим.",
        },
        ["observation", "client-interview"],
      ),
    ]),
    ...standard("P2.3", { en: "Dignity and protection from coercive or degrading practices", ru: "Уважение достоинства и защита от принудительных и унижающих практик" }, P2, [
      c(
        { en: "No physical punishment, humiliation, forced labour or other degrading practice is used", ru: "Не применяются физические наказания, унижение, принудительный труд и иные унижающие достоинство практики" },
        {
          en: "Interview clients in private, observe daily routines and review incident records. Any credible report of such a practice means the criterion is not met.",
          ru: "Побеседуйте с пациентами наедине, понаблюдайте за распорядком дня и изучите журнал инцидентов. Любое достоверное сообщение о подобной практике означает невыполнение критерия.",
        },
        ["client-interview", "observation", "record-review"],
        { critical: true },
      ),
      c(
        { en: "Any restrictive measure follows a written protocol and is recorded and reviewed", ru: "Любые ограничительные меры применяются по письменному протоколу, фиксируются и анализируются" },
        {
          en: "Check the protocol on restraint, seclusion or restricted movement and the register of its use. Met when such measures are limited to acute danger, decided by a clinician, time-limited, recorded and reviewed afterwards.",
          ru: "Проверьте протокол о физическом стеснении, изоляции или ограничении передвижения и журнал их применения. Критерий выполнен, если такие меры применяются лишь при непосредственной опасности, по решению врача, ограничены по времени, фиксируются и затем анализируются.",
        },
        ["document-review", "record-review"],
      ),
      c(
        { en: "Staff use respectful, non-stigmatising language", ru: "Персонал использует уважительную, нестигматизирующую лексику" },
        {
          en: "Read notices and documents and listen to how staff speak with and about clients. Met when person-first language is the norm and clients do not report being labelled or shamed.",
          ru: "Изучите объявления и документы, послушайте, как персонал говорит с пациентами и о них. Критерий выполнен, если принято говорить о человеке, а не о диагнозе, и пациенты не сообщают о навешивании ярлыков или пристыживании.",
        },
        ["document-review", "observation", "client-interview"],
      ),
    ]),
    ...standard("P2.4", { en: "Client rights and complaints", ru: "Права пациентов и рассмотрение жалоб" }, P2, [
      c(
        { en: "Clients are informed of their rights in writing", ru: "Пациенты письменно информируются о своих правах" },
        {
          en: "Look for a written statement of rights handed out at admission and displayed on the premises. Met when it covers consent, confidentiality, complaints and leaving treatment, and clients confirm they received it.",
          ru: "Найдите письменный перечень прав, выдаваемый при поступлении и размещённый в помещении. Критерий выполнен, если он охватывает согласие, конфиденциальность, подачу жалоб и прекращение лечения, а пациенты подтверждают его получение.",
        },
        ["document-review", "client-interview"],
      ),
      c(
        { en: "Complaints can be made safely and each one is answered", ru: "Жалобу можно подать безопасно, и на каждую даётся ответ" },
        {
          en: "Review the complaints procedure and register. Met when there is a route that bypasses the staff complained about, complaints are logged and each receives a reply within the set time.",
          ru: "Изучите порядок рассмотрения жалоб и журнал их регистрации. Критерий выполнен, если есть способ подать жалобу минуя сотрудников, на которых жалуются, жалобы регистрируются и на каждую отвечают в установленный срок.",
        },
        ["document-review", "record-review"],
      ),
    ]),

    // Principle 3: coordination between criminal justice and health and social services.
    principle(3, {
      en: "Promoting treatment of drug use disorders by effective coordination between the criminal justice system and health and social services",
      ru: "Содействие лечению расстройств, связанных с употреблением наркотиков, через эффективную координацию системы уголовного правосудия со службами здравоохранения и социальной защиты",
    }),
    ...standard(
      "P3.1",
      { en: "Treatment offered as an alternative to conviction or punishment", ru: "Лечение как альтернатива осуждению или наказанию" },
      P3,
      [
        c(
          { en: "Referral arrangements with police, courts or probation are in place and used", ru: "Действуют и используются договорённости о направлении на лечение с полицией, судами или службой пробации" },
          {
            en: "Check written agreements or protocols with justice agencies and data on referrals received from them. Met when an agreed pathway exists and referrals arrived through it in the review period.",
            ru: "Проверьте письменные соглашения или протоколы с органами правосудия и данные о полученных от них направлениях. Критерий выполнен, если согласованный порядок существует и в отчётном периоде по нему поступали направления.",
          },
          ["document-review", "data"],
        ),
        c(
          { en: "People referred by the justice system give their own consent and receive the same standard of care", ru: "Лица, направленные системой правосудия, дают собственное согласие и получают помощь того же уровня" },
          {
            en: "Compare records of justice-referred clients with those of other clients. Met when consent is recorded for justice-referred clients and their assessment, plan and interventions follow the same clinical criteria.",
            ru: "Сравните карты пациентов, направленных органами правосудия, с картами остальных. Критерий выполнен, если у направленных оформлено согласие, а оценка, план и вмешательства основаны на тех же клинических критериях.",
          },
          ["record-review", "client-interview"],
        ),
        c(
          { en: "Reports to justice agencies contain only what the client agreed to share", ru: "Сведения для органов правосудия ограничены объёмом, согласованным с пациентом" },
          {
            en: "Review a sample of reports sent to courts or probation against the consent on file. Met when each report matches the consent and gives attendance and progress only, not full clinical details.",
            ru: "Сверьте выборку сообщений в суды или службу пробации с согласием в карте. Критерий выполнен, если каждое сообщение соответствует согласию и содержит лишь сведения о посещении и ходе лечения, без подробной клинической информации.",
          },
          ["record-review", "document-review"],
        ),
      ],
      { populations: ["criminal-justice"] },
    ),
    ...standard(
      "P3.2",
      { en: "Treatment in prisons and other closed settings", ru: "Лечение в пенитенциарных и других закрытых учреждениях" },
      population("People in contact with the criminal justice system"),
      [
        c(
          { en: "Opioid agonist treatment started outside continues without interruption on entry to custody", ru: "Опиоидная заместительная терапия, начатая на свободе, продолжается без перерыва при поступлении под стражу" },
          {
            en: "Review the protocol for verifying doses and the records of people admitted while on OAT. Met when doses are verified and continued from the first day and no one is withdrawn against their wish.",
            ru: "Изучите порядок подтверждения доз и карты лиц, поступивших на фоне ОЗТ. Критерий выполнен, если дозы подтверждаются и препарат выдаётся с первого дня, а отмену против воли пациента не проводят.",
          },
          ["record-review", "document-review"],
        ),
        c(
          { en: "People in custody have access to treatment equivalent to that in the community", ru: "Лица, находящиеся под стражей, имеют доступ к лечению, равноценному доступному на свободе" },
          {
            en: "Compare the interventions available inside (OAT, withdrawal management, psychosocial care, HIV and hepatitis care) with those outside. Met when the core interventions are available on request and waiting times are comparable.",
            ru: "Сравните вмешательства, доступные в учреждении (ОЗТ, лечение синдрома отмены, психосоциальная помощь, лечение ВИЧ-инфекции и гепатитов), с доступными на свободе. Критерий выполнен, если основные вмешательства предоставляются по запросу, а сроки ожидания сопоставимы.",
          },
          ["document-review", "data", "client-interview"],
        ),
        c(
          { en: "Health staff make clinical decisions independently of custodial staff", ru: "Медицинский персонал принимает клинические решения независимо от сотрудников охраны" },
          {
            en: "Ask about management lines and who decides on treatment. Met when clinical decisions are made and recorded by health staff and custodial staff have no say in treatment and no access to clinical records.",
            ru: "Выясните подчинённость и кто принимает решения о лечении. Критерий выполнен, если клинические решения принимают и фиксируют медицинские работники, а сотрудники охраны не влияют на выбор лечения и не имеют доступа к медицинской документации.",
          },
          ["document-review", "staff-interview"],
        ),
      ],
      { settings: ["prison", "other-closed-setting"], populations: ["criminal-justice"] },
    ),
    ...standard(
      "P3.3",
      { en: "Continuity of care on release", ru: "Преемственность помощи после освобождения" },
      population("People in contact with the criminal justice system"),
      [
        c(
          { en: "Release is planned with a confirmed appointment at a community service", ru: "Освобождение планируется с подтверждённой записью на приём в службу по месту жительства" },
          {
            en: "Check the release plans of people released in the review period. Met when most name a community service and an appointment date and, for people on OAT, say where the next dose will be taken.",
            ru: "Проверьте планы освобождения лиц, освобождённых в отчётном периоде. Критерий выполнен, если в большинстве из них указаны служба по месту жительства и дата приёма, а для получающих ОЗТ — где будет принята следующая доза.",
          },
          ["record-review"],
        ),
        c(
          { en: "People at risk of opioid overdose leave with naloxone and overdose advice", ru: "Лица с риском передозировки опиоидов при освобождении получают налоксон и сведения о профилактике передозировки" },
          {
            en: "Review release records and naloxone distribution data. Met when everyone with a history of opioid use was offered naloxone and told about lowered tolerance before release.",
            ru: "Изучите документы об освобождении и данные о выдаче налоксона. Критерий выполнен, если всем лицам с опытом употребления опиоидов перед освобождением предложили налоксон и рассказали о снижении толерантности.",
          },
          ["record-review", "data"],
          { critical: true },
        ),
        c(
          { en: "Attendance at the first community appointment after release is checked", ru: "Явка на первый приём по месту жительства после освобождения проверяется" },
          {
            en: "Ask for data on how many released people reached community services. Met when this share is measured and reviewed with the partner services at least yearly.",
            ru: "Запросите данные о том, сколько освобождённых дошли до служб по месту жительства. Критерий выполнен, если эта доля измеряется и не реже раза в год обсуждается с партнёрскими службами.",
          },
          ["data", "staff-interview"],
        ),
      ],
      { populations: ["criminal-justice"] },
    ),

    // Principle 4: evidence-based treatment responding to individual needs.
    principle(4, {
      en: "Treatment must be based on scientific evidence and respond to specific needs of individuals with drug use disorders",
      ru: "Лечение должно основываться на научных данных и отвечать индивидуальным потребностям людей с расстройствами, связанными с употреблением наркотиков",
    }),
    ...standard("P4.1", { en: "Comprehensive assessment and individual treatment planning", ru: "Комплексная оценка и индивидуальное планирование лечения" }, P4, [
      c(
        { en: "A structured assessment covers substance use, physical and mental health, social situation and risks, and leads to an ICD diagnosis", ru: "Структурированная оценка охватывает употребление ПАВ, физическое и психическое здоровье, социальное положение и риски и завершается диагнозом по МКБ" },
        {
          en: "Sample records for a completed assessment covering these areas, overdose and suicide risk included, and a coded diagnosis consistent with it. Met when most sampled records have both.",
          ru: "Проверьте в выборке карт наличие завершённой оценки по этим областям, включая риск передозировки и суицидальный риск, и согласующегося с ней кодированного диагноза. Критерий выполнен, если и то и другое есть в большинстве карт.",
        },
        ["record-review"],
      ),
      c(
        { en: "Testing for HIV, viral hepatitis and tuberculosis is offered or arranged", ru: "Обследование на ВИЧ, вирусные гепатиты и туберкулёз предлагается или организуется" },
        {
          en: "Check records for offers of testing and for what happened after positive results. Met when most clients were offered testing and those with positive results were linked to care.",
          ru: "Проверьте в картах, предлагалось ли обследование и что последовало за положительными результатами. Критерий выполнен, если большинству пациентов обследование предложено, а лица с положительным результатом направлены на лечение.",
        },
        ["record-review", "data"],
      ),
      c(
        { en: "Each client has a written treatment plan agreed with them and a named key worker", ru: "У каждого пациента есть согласованный с ним письменный план лечения и назначенный ведущий специалист" },
        {
          en: "Sample records for a plan stating goals in the client's own terms, planned interventions, the client's agreement and the key worker's name. Met when most sampled records have such a plan and clients know their key worker.",
          ru: "Проверьте в выборке карт наличие плана с целями, сформулированными самим пациентом, запланированными вмешательствами, отметкой о согласии и именем ведущего специалиста. Критерий выполнен, если такой план есть в большинстве карт, а пациенты знают своего ведущего специалиста.",
        },
        ["record-review", "client-interview"],
      ),
      c(
        { en: "Treatment plans are reviewed at set intervals and when needs change", ru: "Планы лечения пересматриваются с установленной периодичностью и при изменении потребностей" },
        {
          en: "Compare plan review dates in records with the interval the protocol sets. Met when reviews took place on time in most sampled records.",
          ru: "Сравните даты пересмотра планов в картах с периодичностью, установленной протоколом. Критерий выполнен, если в большинстве карт пересмотр проведён своевременно.",
        },
        ["record-review", "document-review"],
      ),
    ]),
    ...standard("P4.2", { en: "Evidence-based pharmacological and psychosocial interventions", ru: "Научно обоснованные фармакологические и психосоциальные вмешательства" }, P4, [
      c(
        { en: "The interventions offered follow current national or WHO guidelines", ru: "Предлагаемые вмешательства соответствуют действующим национальным клиническим рекомендациям или рекомендациям ВОЗ" },
        {
          en: "Compare the service's protocols and list of interventions with the guidelines they cite. Met when protocols refer to current guidelines and the main interventions recommended for the service's client group are offered.",
          ru: "Сравните протоколы и перечень вмешательств службы с рекомендациями, на которые они ссылаются. Критерий выполнен, если протоколы опираются на действующие рекомендации, а основные рекомендуемые для контингента службы вмешательства предоставляются.",
        },
        ["document-review"],
      ),
      c(
        { en: "Structured psychosocial interventions are delivered by trained staff", ru: "Структурированные психосоциальные вмешательства проводят обученные специалисты" },
        {
          en: "Check training records and a sample of session notes for methods such as motivational interviewing, cognitive behavioural therapy, contingency management or family-based work. Met when the staff delivering them have documented training in the method used.",
          ru: "Проверьте сведения об обучении и выборку записей о сессиях на предмет таких методов, как мотивационное консультирование, когнитивно-поведенческая терапия, подкрепление воздержания или работа с семьёй. Критерий выполнен, если проводящие их специалисты имеют документально подтверждённое обучение применяемому методу.",
        },
        ["record-review", "staff-interview"],
      ),
      c(
        { en: "Interventions without evidence of benefit or with known harms are not used", ru: "Не применяются вмешательства без доказанной пользы или с известным вредом" },
        {
          en: "Review programme descriptions and ask staff and clients about practices such as punishment-based regimes, detention presented as treatment or unproven procedures. Met when none is in use.",
          ru: "Изучите описания программ и расспросите персонал и пациентов о таких практиках, как режимы, основанные на наказании, содержание под замком под видом лечения или недоказанные процедуры. Критерий выполнен, если ни одна из них не применяется.",
        },
        ["document-review", "staff-interview", "client-interview"],
      ),
    ]),
    ...standard("P4.3", { en: "Continuity of care and a chronic-condition approach", ru: "Непрерывность помощи и подход как к хроническому заболеванию" }, P4, [
      c(
        { en: "Relapse does not lead to automatic discharge, and returning to treatment is easy", ru: "Рецидив не ведёт к автоматической выписке, а возвращение к лечению не затруднено" },
        {
          en: "Read the discharge rules and review recent discharges. Met when drug use alone is not grounds for discharge and people who left can come back without a penalty period.",
          ru: "Изучите правила выписки и недавние случаи выписки. Критерий выполнен, если само по себе употребление не является основанием для выписки, а выбывшие могут вернуться без «штрафного» срока ожидания.",
        },
        ["document-review", "record-review"],
      ),
      c(
        { en: "Transfers between services include a documented handover", ru: "Перевод пациента в другую службу сопровождается документированной передачей" },
        {
          en: "Trace a sample of transfers. Met when the receiving service got a summary of assessment, current treatment and medication no later than the day of transfer.",
          ru: "Проследите выборку переводов. Критерий выполнен, если принимающая служба не позднее дня перевода получила выписку с результатами оценки, текущим лечением и назначенными препаратами.",
        },
        ["record-review"],
      ),
    ]),
    ...standard(
      "P4.4",
      { en: "Outpatient treatment, including opioid agonist treatment", ru: "Амбулаторное лечение, включая опиоидную заместительную терапию" },
      modality("Outpatient treatment"),
      [
        c(
          { en: "Opioid agonist doses are set individually, without arbitrary caps or forced tapering", ru: "Дозы препаратов ОЗТ подбираются индивидуально, без произвольных ограничений и принудительного снижения" },
          {
            en: "Review the dosing protocol and a sample of dosing records. Met when doses are adjusted to clinical response, effective maintenance doses are reachable (for methadone often 60-120 mg a day), and reductions happen only with the client's agreement or for a recorded clinical reason.",
            ru: "Изучите протокол дозирования и выборку листов назначений. Критерий выполнен, если дозы подбираются по клиническому ответу, доступны эффективные поддерживающие дозы (для метадона часто 60–120 мг в сутки), а снижение дозы проводится только с согласия пациента или по зафиксированным клиническим показаниям.",
          },
          ["document-review", "record-review"],
          { weight: 2 },
        ),
        c(
          { en: "Take-home doses follow written criteria and are reviewed", ru: "Выдача доз на руки производится по письменным критериям и регулярно пересматривается" },
          {
            en: "Read the take-home policy and check the records of clients who receive take-home doses. Met when the criteria (clinical stability, safe storage at home, time in treatment) are written, each decision is recorded and decisions are reviewed at set intervals.",
            ru: "Изучите порядок выдачи доз на руки и карты пациентов, получающих такие дозы. Критерий выполнен, если критерии (клиническая стабильность, безопасное хранение дома, длительность лечения) закреплены письменно, каждое решение фиксируется и пересматривается с установленной периодичностью.",
          },
          ["document-review", "record-review"],
        ),
        c(
          { en: "Controlled medicines are stored, accounted for and dispensed safely", ru: "Контролируемые лекарственные средства хранятся, учитываются и выдаются безопасно" },
          {
            en: "Inspect storage, watch dispensing and reconcile the stock of one medicine against the controlled-drug register. Met when storage is locked, identity is checked and every dose recorded at dispensing, and the stock count matches the register.",
            ru: "Осмотрите место хранения, понаблюдайте за выдачей и сверьте остаток одного препарата с журналом учёта контролируемых средств. Критерий выполнен, если хранение организовано под замком, при выдаче проверяется личность и фиксируется каждая доза, а фактический остаток совпадает с журналом.",
          },
          ["observation", "record-review", "document-review"],
          { critical: true },
        ),
        c(
          { en: "Psychosocial support is offered alongside medication", ru: "Наряду с медикаментозным лечением предлагается психосоциальная поддержка" },
          {
            en: "Check the records of clients on medication for offers of psychosocial sessions. Met when all were offered support and taking part is not made a condition for receiving medication.",
            ru: "Проверьте в картах пациентов, получающих препараты, предлагались ли им психосоциальные сессии. Критерий выполнен, если поддержка предложена всем и участие в ней не является условием получения препарата.",
          },
          ["record-review", "client-interview"],
        ),
      ],
      { modalities: ["outpatient"] },
    ),
    ...standard(
      "P4.5",
      { en: "Withdrawal management and short-term inpatient care", ru: "Лечение синдрома отмены и краткосрочная стационарная помощь" },
      modality("Short-term inpatient treatment"),
      [
        c(
          { en: "Withdrawal is medically managed under a written protocol with regular monitoring", ru: "Синдром отмены купируется под медицинским контролем по письменному протоколу с регулярным мониторингом" },
          {
            en: "Check the protocol and sampled records for withdrawal scores (for example COWS or CIWA) and vital signs at the set frequency. Met when monitoring is recorded as the protocol requires and medication follows it.",
            ru: "Проверьте протокол и наличие в выборке карт оценок по шкалам синдрома отмены (например, COWS или CIWA) и показателей жизненно важных функций с установленной частотой. Критерий выполнен, если мониторинг отражён в картах в соответствии с протоколом, а назначения ему соответствуют.",
          },
          ["document-review", "record-review"],
          { critical: true },
        ),
        c(
          { en: "Inpatient admission is based on medical need and risk", ru: "Госпитализация основана на медицинских показаниях и оценке рисков" },
          {
            en: "Compare the written admission criteria with a sample of admissions. Met when each admission records a reason such as severe or complicated withdrawal, medical or psychiatric risk, or an unsafe home situation.",
            ru: "Сравните письменные критерии госпитализации с выборкой случаев. Критерий выполнен, если в каждом случае указано основание: тяжёлый или осложнённый синдром отмены, соматический или психиатрический риск, небезопасная обстановка дома.",
          },
          ["document-review", "record-review"],
        ),
        c(
          { en: "Discharge links the person to continuing treatment and warns of overdose risk", ru: "При выписке пациента направляют на продолжение лечения и предупреждают о риске передозировки" },
          {
            en: "Review discharge summaries. Met when most show a follow-up appointment or referral, a discussion of OAT or relapse prevention, and advice about lowered tolerance, with naloxone where available.",
            ru: "Изучите выписные эпикризы. Критерий выполнен, если в большинстве из них указаны дата приёма или направление на дальнейшее лечение, обсуждение ОЗТ или профилактики рецидива и предупреждение о снижении толерантности (с выдачей налоксона, если он доступен).",
          },
          ["record-review", "client-interview"],
        ),
      ],
      { modalities: ["short-term-inpatient"] },
    ),
    ...standard(
      "P4.6",
      { en: "Long-term residential treatment and rehabilitation", ru: "Длительная стационарная (резидентная) реабилитация" },
      modality("Long-term residential treatment"),
      [
        c(
          { en: "Admission is voluntary and based on assessed need, and length of stay is planned individually", ru: "Поступление добровольное и основано на оценке потребностей, срок пребывания планируется индивидуально" },
          {
            en: "Check admission records for consent and for the assessed reason residential care was chosen, and see whether stays are reviewed rather than fixed for everyone. Met when each sampled resident has signed consent, a recorded reason and a reviewed plan for length of stay.",
            ru: "Проверьте в картах наличие согласия и обоснования выбора резидентной помощи, а также то, пересматривается ли срок пребывания, а не устанавливается одинаковым для всех. Критерий выполнен, если у каждого резидента в выборке есть подписанное согласие, обоснование и пересматриваемый план срока пребывания.",
          },
          ["record-review", "client-interview"],
        ),
        c(
          { en: "A structured programme combines therapy, life skills and education or vocational activity", ru: "Структурированная программа сочетает терапию, развитие жизненных навыков и обучение или профессиональную подготовку" },
          {
            en: "Review the weekly timetable and attendance, and ask residents about their day. Met when residents follow a planned daily programme and any work they do serves their own rehabilitation, not unpaid labour for others.",
            ru: "Изучите расписание на неделю и учёт посещаемости, расспросите резидентов о распорядке дня. Критерий выполнен, если резиденты участвуют в плановой ежедневной программе, а выполняемая ими работа служит их реабилитации, а не является неоплачиваемым трудом в чужих интересах.",
          },
          ["document-review", "observation", "client-interview"],
        ),
        c(
          { en: "Residents who need medication, OAT included, can continue it", ru: "Резиденты, нуждающиеся в медикаментозном лечении, в том числе в ОЗТ, могут его продолжать" },
          {
            en: "Read the admission rules and ask residents and staff. Met when prescribed medication is neither a reason for refusal nor tapered as a condition of staying.",
            ru: "Изучите правила приёма и расспросите резидентов и персонал. Критерий выполнен, если назначенное лечение не служит причиной отказа в приёме и его не отменяют в качестве условия пребывания.",
          },
          ["document-review", "client-interview"],
        ),
        c(
          { en: "Discharge is prepared with a reintegration and aftercare plan", ru: "Выписка готовится с планом социальной реинтеграции и последующего сопровождения" },
          {
            en: "Review the records of recent discharges. Met when most include arrangements for housing, follow-up care and a named contact for support after leaving.",
            ru: "Изучите карты недавно выписанных. Критерий выполнен, если в большинстве из них предусмотрены жильё, дальнейшее наблюдение и контактное лицо для поддержки после выписки.",
          },
          ["record-review"],
        ),
      ],
      { modalities: ["long-term-residential"] },
    ),
    ...standard(
      "P4.7",
      { en: "Recovery management and continuing care", ru: "Сопровождение выздоровления и поддерживающая помощь" },
      modality("Recovery management"),
      [
        c(
          { en: "After the active phase, clients are offered continuing contact at planned intervals", ru: "После активной фазы лечения пациентам предлагается поддерживать контакт с запланированной периодичностью" },
          {
            en: "Check records for check-ins (visits, calls or messages) after active treatment ended. Met when a continuing-care plan exists and contacts take place as planned for most clients who accepted it.",
            ru: "Проверьте в картах контакты (визиты, звонки, сообщения) после завершения активного лечения. Критерий выполнен, если план поддерживающей помощи существует и у большинства согласившихся пациентов контакты проходят по плану.",
          },
          ["record-review", "data"],
        ),
        c(
          { en: "Clients are actively connected with peer support, mutual-help groups and social services", ru: "Пациентов активно связывают с поддержкой равных, группами взаимопомощи и социальными службами" },
          {
            en: "Ask for the list of partner groups and services and for records of introductions made. Met when clients are introduced in person or by arranged contact, not only handed a leaflet, and housing or employment needs are followed up.",
            ru: "Запросите перечень партнёрских групп и служб и записи о состоявшихся знакомствах. Критерий выполнен, если пациентов знакомят лично или через организованный контакт, а не только выдают буклет, и потребности в жилье или трудоустройстве отслеживаются.",
          },
          ["record-review", "client-interview"],
        ),
        c(
          { en: "Early signs of relapse lead to a fast route back into treatment", ru: "При первых признаках рецидива обеспечивается быстрое возвращение к лечению" },
          {
            en: "Read the re-entry procedure and trace recent returns. Met when a returning client is seen within a short set time without joining the general waiting list.",
            ru: "Изучите порядок повторного приёма и проследите недавние возвращения. Критерий выполнен, если вернувшегося пациента принимают в короткий установленный срок без постановки в общую очередь.",
          },
          ["document-review", "record-review"],
        ),
      ],
      { modalities: ["recovery-management"] },
    ),

    // Principle 5: populations with special treatment and care needs.
    principle(5, {
      en: "Responding to the special treatment and care needs of population groups",
      ru: "Удовлетворение особых потребностей отдельных групп населения в лечении и уходе",
    }),
    ...standard(
      "P5.1",
      { en: "Gender-responsive care for women", ru: "Гендерно-чувствительная помощь женщинам" },
      population("Women"),
      [
        c(
          { en: "Women can use women-only spaces, groups or staff when they wish", ru: "Женщины при желании могут пользоваться отдельными помещениями и группами и получать помощь от сотрудниц" },
          {
            en: "Observe the premises and ask women clients. Met when women-only options exist and women know how to ask for them.",
            ru: "Осмотрите помещения и расспросите пациенток. Критерий выполнен, если такие возможности есть и женщины знают, как ими воспользоваться.",
          },
          ["observation", "client-interview"],
        ),
        c(
          { en: "Childcare or child-friendly arrangements let mothers attend", ru: "Уход за детьми или условия для пребывания с детьми позволяют матерям посещать лечение" },
          {
            en: "Check the arrangements and ask mothers in treatment. Met when mothers do not have to leave children unattended or give up custody in order to attend.",
            ru: "Проверьте имеющиеся условия и расспросите матерей, проходящих лечение. Критерий выполнен, если для посещения лечения матерям не приходится оставлять детей без присмотра или отказываться от опеки.",
          },
          ["observation", "client-interview"],
        ),
        c(
          { en: "Violence and trauma are asked about safely and responded to", ru: "О насилии и психотравме спрашивают в безопасных условиях и оказывают помощь" },
          {
            en: "Check assessment forms and referral links to services for survivors of violence. Met when assessments include safe questions on violence and any disclosure leads to a safety plan or referral.",
            ru: "Проверьте формы оценки и связи со службами помощи пострадавшим от насилия. Критерий выполнен, если оценка включает безопасно заданные вопросы о насилии, а каждое сообщение о нём ведёт к плану безопасности или направлению.",
          },
          ["record-review", "document-review"],
        ),
      ],
      { populations: ["women"] },
    ),
    ...standard(
      "P5.2",
      { en: "Care in pregnancy and for newborns", ru: "Помощь во время беременности и новорождённым" },
      population("Women and pregnancy"),
      [
        c(
          { en: "Pregnant women are admitted with priority", ru: "Беременные принимаются на лечение в приоритетном порядке" },
          {
            en: "Check the admission policy and the waiting times of pregnant women. Met when the policy gives them priority and their waiting times are shorter than the service average.",
            ru: "Проверьте порядок приёма и время ожидания для беременных. Критерий выполнен, если порядок предусматривает приоритет, а время ожидания для беременных короче среднего по службе.",
          },
          ["document-review", "data"],
        ),
        c(
          { en: "Pregnant women with opioid dependence are offered or kept on OAT rather than withdrawn", ru: "Беременным с опиоидной зависимостью предлагают или продолжают ОЗТ, а не проводят отмену" },
          {
            en: "Review protocols and the records of pregnant clients. Met when OAT is offered or continued, doses are adjusted during pregnancy, and no one is required to stop because she is pregnant.",
            ru: "Изучите протоколы и карты беременных пациенток. Критерий выполнен, если ОЗТ предлагается или продолжается, дозы корректируются в ходе беременности и никого не вынуждают прекратить терапию из-за беременности.",
          },
          ["document-review", "record-review"],
        ),
        c(
          { en: "Care is coordinated with antenatal and neonatal services", ru: "Помощь координируется с женской консультацией и неонатальной службой" },
          {
            en: "Look for shared care plans and communication with obstetric and neonatal teams, including planning for neonatal withdrawal. Met when the records of pregnant clients show such coordination.",
            ru: "Найдите совместные планы ведения и переписку с акушерской и неонатальной службами, включая подготовку к неонатальному абстинентному синдрому. Критерий выполнен, если в картах беременных пациенток отражена такая координация.",
          },
          ["record-review", "staff-interview"],
        ),
      ],
      { populations: ["pregnant-women"] },
    ),
    ...standard(
      "P5.3",
      { en: "Treatment for children and adolescents", ru: "Лечение детей и подростков" },
      population("Children and adolescents"),
      [
        c(
          { en: "Children and adolescents are not accommodated with adults in inpatient or residential settings", ru: "Дети и подростки не размещаются вместе со взрослыми в стационарных и резидентных условиях" },
          {
            en: "Observe living and treatment areas and read the placement rules. Met when minors have separate, supervised accommodation and programmes; any shared accommodation with adults is a failure.",
            ru: "Осмотрите жилые и лечебные помещения и изучите правила размещения. Критерий выполнен, если у несовершеннолетних отдельные помещения и программы под надзором; любое совместное размещение со взрослыми означает невыполнение.",
          },
          ["observation", "document-review"],
          { critical: true },
        ),
        c(
          { en: "Interventions are age-appropriate and involve the family where suitable", ru: "Вмешательства соответствуют возрасту и при необходимости вовлекают семью" },
          {
            en: "Review programmes and records for methods adapted to the age group and for family sessions. Met when the programme is designed for young people and family involvement is offered unless it would put the young person at risk.",
            ru: "Изучите программы и карты на предмет методов, адаптированных к возрасту, и семейных сессий. Критерий выполнен, если программа рассчитана на молодых людей, а участие семьи предлагается, кроме случаев, когда оно создаёт риск для подростка.",
          },
          ["document-review", "record-review"],
        ),
        c(
          { en: "Consent follows the law on minors, and the young person's own views are recorded", ru: "Согласие оформляется по законодательству о несовершеннолетних, мнение самого подростка фиксируется" },
          {
            en: "Check sampled records of minors. Met when a guardian's consent is on file where the law requires it and the young person's own agreement and views are documented.",
            ru: "Проверьте выборку карт несовершеннолетних. Критерий выполнен, если согласие законного представителя оформлено там, где этого требует закон, а согласие и мнение самого подростка задокументированы.",
          },
          ["record-review"],
        ),
      ],
      { populations: ["children-adolescents"] },
    ),
    ...standard(
      "P5.4",
      { en: "Co-occurring mental and physical health conditions", ru: "Сопутствующие психические и соматические расстройства" },
      population("People with co-occurring mental or physical health conditions"),
      [
        c(
          { en: "Clients are screened for common mental disorders and suicide risk", ru: "Пациенты проходят скрининг на распространённые психические расстройства и суицидальный риск" },
          {
            en: "Check records for a completed screen and for action on positive results. Met when most records show screening and positive screens lead to further assessment.",
            ru: "Проверьте в картах наличие скрининга и действий при положительном результате. Критерий выполнен, если скрининг отражён в большинстве карт, а положительный результат ведёт к углублённой оценке.",
          },
          ["record-review"],
        ),
        c(
          { en: "Co-occurring conditions are treated in an integrated or coordinated way", ru: "Сопутствующие расстройства лечатся интегрированно или скоординированно" },
          {
            en: "Look for joint care plans or formal links with mental health and general medical services. Met when clients with co-occurring conditions have one plan covering both or documented coordination between the services involved.",
            ru: "Найдите совместные планы ведения или официальные связи с психиатрической и общемедицинской службами. Критерий выполнен, если у пациентов с сопутствующими расстройствами есть единый план, охватывающий оба состояния, или задокументированная координация между службами.",
          },
          ["record-review", "document-review", "staff-interview"],
        ),
        c(
          { en: "A mental or physical illness is not a reason to refuse treatment", ru: "Психическое или соматическое заболевание не является основанием для отказа в лечении" },
          {
            en: "Review the admission policy and refusals. Met when no refusal on these grounds is found, or each refused person was actively referred to a suitable service.",
            ru: "Изучите порядок приёма и случаи отказа. Критерий выполнен, если отказов по этим основаниям нет или каждому получившему отказ оказано активное содействие в направлении в подходящую службу.",
          },
          ["document-review", "record-review"],
        ),
      ],
      { populations: ["co-occurring-disorders"] },
    ),
    ...standard(
      "P5.5",
      { en: "Other groups with specific needs", ru: "Другие группы с особыми потребностями" },
      population("Other groups with specific needs"),
      [
        c(
          { en: "The service knows which local groups face barriers and has adapted its offer", ru: "Служба знает, какие группы в зоне обслуживания сталкиваются с барьерами, и адаптировала свои услуги" },
          {
            en: "Ask for a needs analysis or data comparing the groups served with the local population. Met when at least one barrier has been identified and a concrete adaptation made, such as hours, location, language or outreach.",
            ru: "Запросите анализ потребностей или данные о составе пациентов в сравнении с местным населением. Критерий выполнен, если выявлен хотя бы один барьер и принята конкретная мера: изменены часы работы, место, язык или организована аутрич-работа.",
          },
          ["document-review", "data"],
        ),
        c(
          { en: "Staff are trained to work without discrimination with sex workers, sexual and gender minorities, ethnic minorities and homeless people", ru: "Персонал обучен недискриминационной работе с секс-работниками, сексуальными и гендерными меньшинствами, этническими меньшинствами и бездомными" },
          {
            en: "Check training records and ask clients from these groups about their experience. Met when most client-facing staff have had such training in the past three years and clients report respectful treatment.",
            ru: "Проверьте сведения об обучении и расспросите пациентов из этих групп об их опыте. Критерий выполнен, если большинство сотрудников, работающих с пациентами, прошли такое обучение за последние три года, а пациенты сообщают об уважительном отношении.",
          },
          ["record-review", "client-interview"],
        ),
        c(
          { en: "The service works with community organisations that these groups trust", ru: "Служба сотрудничает с общественными организациями, которым доверяют эти группы" },
          {
            en: "Look for partnership agreements, joint activities or referral links. Met when at least one partnership was active in the past year.",
            ru: "Найдите соглашения о партнёрстве, совместные мероприятия или связи по направлению пациентов. Критерий выполнен, если хотя бы одно партнёрство действовало в течение последнего года.",
          },
          ["document-review", "staff-interview"],
        ),
      ],
      { populations: ["sex-workers", "sexual-gender-minorities", "ethnic-minorities", "socially-marginalised"] },
    ),

    // Principle 6: clinical governance.
    principle(6, {
      en: "Ensuring good clinical governance of treatment services and programmes for drug use disorders",
      ru: "Обеспечение надлежащего клинического управления службами и программами лечения расстройств, связанных с употреблением наркотиков",
    }),
    ...standard("P6.1", { en: "Written protocols, records and quality management", ru: "Письменные протоколы, документация и управление качеством" }, P6, [
      c(
        { en: "Clinical protocols are written, current and available to staff", ru: "Клинические протоколы оформлены письменно, актуальны и доступны персоналу" },
        {
          en: "Check the list of protocols for review dates and ask staff where to find them. Met when protocols exist for the main interventions, were reviewed within the set period (for example three years) and staff can find them.",
          ru: "Проверьте даты пересмотра в перечне протоколов и спросите персонал, где их найти. Критерий выполнен, если протоколы по основным вмешательствам есть, пересмотрены в установленный срок (например, за последние три года) и персонал может их найти.",
        },
        ["document-review", "staff-interview"],
      ),
      c(
        { en: "Client records are complete, legible and up to date", ru: "Медицинская документация полная, разборчивая и актуальная" },
        {
          en: "Audit a sample of records against a checklist: assessment, plan, consent, progress notes, medication. Met when most sampled records contain all required items.",
          ru: "Проверьте выборку карт по контрольному перечню: оценка, план, согласие, дневниковые записи, назначения. Критерий выполнен, если большинство карт содержат все обязательные элементы.",
        },
        ["record-review"],
      ),
      c(
        { en: "A quality improvement plan with measurable objectives is followed and audited", ru: "Реализуется план улучшения качества с измеримыми целями, его выполнение проверяется" },
        {
          en: "Read the plan, progress reports and recent internal audits. Met when objectives are measurable, progress was reviewed in the past year and at least one clinical audit led to an action plan.",
          ru: "Изучите план, отчёты о ходе его выполнения и недавние внутренние аудиты. Критерий выполнен, если цели измеримы, ход выполнения рассматривался в течение последнего года, а хотя бы один клинический аудит завершился планом действий.",
        },
        ["document-review", "data"],
      ),
    ]),
    ...standard("P6.2", { en: "Qualified staff, training and supervision", ru: "Квалифицированный персонал, обучение и супервизия" }, P6, [
      c(
        { en: "Staff have the qualifications their roles require, and staffing matches the caseload", ru: "Квалификация персонала соответствует должностным требованиям, а численность — нагрузке" },
        {
          en: "Compare staff files and rotas with role requirements and caseloads. Met when each clinical role is held by a qualified person and caseloads stay within the limits the service sets.",
          ru: "Сравните личные дела и графики работы с требованиями к должностям и нагрузкой. Критерий выполнен, если каждую клиническую должность занимает квалифицированный специалист, а нагрузка не превышает установленных службой пределов.",
        },
        ["document-review", "data"],
      ),
      c(
        { en: "Staff receive regular training, including on the service's own protocols", ru: "Персонал регулярно проходит обучение, в том числе по протоколам службы" },
        {
          en: "Check the training plan and attendance records. Met when every clinical staff member had relevant training in the past year.",
          ru: "Проверьте план обучения и сведения о его прохождении. Критерий выполнен, если каждый клинический сотрудник прошёл профильное обучение за последний год.",
        },
        ["document-review", "record-review"],
      ),
      c(
        { en: "Clinical staff receive regular supervision", ru: "Клинический персонал регулярно получает супервизию" },
        {
          en: "Check supervision records and ask staff. Met when clinical staff are supervised at the frequency the service sets, for example monthly.",
          ru: "Проверьте записи о супервизии и расспросите персонал. Критерий выполнен, если клинические сотрудники проходят супервизию с установленной службой периодичностью, например ежемесячно.",
        },
        ["record-review", "staff-interview"],
      ),
    ]),
    ...standard("P6.3", { en: "Patient safety and emergency response", ru: "Безопасность пациентов и неотложная помощь" }, P6, [
      c(
        { en: "The service can respond to overdose and other medical emergencies", ru: "Служба готова оказать помощь при передозировке и других неотложных состояниях" },
        {
          en: "Check the emergency protocol, in-date naloxone and emergency equipment, and staff training; ask a staff member to talk through the response. Met when naloxone is on site and in date, trained staff are present on every shift and the protocol is known.",
          ru: "Проверьте протокол неотложной помощи, наличие налоксона с действующим сроком годности, оборудования и обученность персонала; попросите сотрудника описать свои действия. Критерий выполнен, если налоксон имеется и годен, в каждой смене есть обученные сотрудники, а протокол им известен.",
        },
        ["observation", "document-review", "staff-interview"],
        { critical: true },
      ),
      c(
        { en: "Incidents are reported, reviewed and learned from", ru: "Инциденты регистрируются, анализируются, по ним делаются выводы" },
        {
          en: "Review the incident register and the reviews of serious events, deaths included. Met when incidents are logged, serious ones are reviewed and the resulting actions are tracked to completion.",
          ru: "Изучите журнал инцидентов и разборы серьёзных событий, включая случаи смерти. Критерий выполнен, если инциденты регистрируются, серьёзные разбираются, а выполнение принятых мер отслеживается до конца.",
        },
        ["record-review", "document-review"],
      ),
      c(
        { en: "Infection prevention and control measures are in place", ru: "Соблюдаются меры профилактики инфекций и инфекционного контроля" },
        {
          en: "Observe hand hygiene, sharps disposal and cleaning. Met when the facilities and supplies the protocol requires are present and used.",
          ru: "Оцените гигиену рук, утилизацию острых предметов и уборку. Критерий выполнен, если предусмотренные протоколом условия и расходные материалы имеются и используются.",
        },
        ["observation", "document-review"],
      ),
    ]),

    // Principle 7: monitoring and evaluation of integrated policies, services and linkages.
    principle(7, {
      en: "Integrated treatment policies, services, procedures, approaches and linkages must be constantly monitored and evaluated",
      ru: "Комплексные политика, службы, процедуры, подходы и связи в сфере лечения должны постоянно отслеживаться и оцениваться",
    }),
    ...standard("P7.1", { en: "Routine data collection and reporting", ru: "Сбор и представление рутинных данных" }, P7, [
      c(
        { en: "A standard minimum data set is recorded for every client", ru: "Для каждого пациента регистрируется стандартный минимальный набор данных" },
        {
          en: "Compare the fields collected with the national or international data set in use, such as a treatment demand indicator set. Met when the set is defined and values are rarely missing in sampled records.",
          ru: "Сравните собираемые поля с используемым национальным или международным набором данных, например с набором показателя обращаемости за лечением. Критерий выполнен, если набор определён и в выборке карт значения пропущены редко.",
        },
        ["record-review", "data"],
      ),
      c(
        { en: "Data quality is checked and reports are sent on time", ru: "Качество данных проверяется, отчёты направляются своевременно" },
        {
          en: "Ask for data-quality checks and reporting dates. Met when checks are documented and reports to the health authority met their deadlines in the past year.",
          ru: "Запросите сведения о проверках качества данных и датах отчётов. Критерий выполнен, если проверки задокументированы, а отчёты органу здравоохранения за последний год сданы в срок.",
        },
        ["document-review", "data"],
      ),
      c(
        { en: "Data leaving the service are anonymised or pseudonymised", ru: "Данные, передаваемые за пределы службы, обезличены или псевдонимизированы" },
        {
          en: "Inspect a recent data submission. Met when it carries no names or national identity numbers, only codes the receiving body cannot link back to a person without the service's key.",
          ru: "Изучите недавнюю передачу данных. Критерий выполнен, если в ней нет имён и персональных идентификационных номеров, а только коды, которые получатель не может связать с человеком без ключа службы.",
        },
        ["document-review", "data"],
      ),
    ]),
    ...standard("P7.2", { en: "Outcome monitoring and evaluation", ru: "Мониторинг и оценка результатов лечения" }, P7, [
      c(
        { en: "Outcomes are measured at entry and at set points during treatment", ru: "Результаты лечения измеряются при поступлении и в установленные сроки в ходе лечения" },
        {
          en: "Check for a standard outcome tool and repeat measurements in sampled records. Met when the tool is in use and most clients have at least one follow-up measurement.",
          ru: "Проверьте использование стандартного инструмента оценки результатов и наличие повторных измерений в выборке карт. Критерий выполнен, если инструмент применяется и у большинства пациентов есть хотя бы одно повторное измерение.",
        },
        ["record-review", "data"],
      ),
      c(
        { en: "Retention in treatment is tracked", ru: "Удержание в лечении отслеживается" },
        {
          en: "Ask for retention figures, for example the share of clients still in treatment at 3, 6 and 12 months. Met when retention is calculated at least yearly and compared over time.",
          ru: "Запросите показатели удержания, например долю пациентов, продолжающих лечение через 3, 6 и 12 месяцев. Критерий выполнен, если удержание рассчитывается не реже раза в год и сравнивается в динамике.",
        },
        ["data"],
        { weight: 2 },
      ),
      c(
        { en: "Monitoring results are reviewed and used to change practice", ru: "Результаты мониторинга анализируются и используются для изменения практики" },
        {
          en: "Look for minutes or reports that discuss the results. Met when at least one change in the past year can be traced to monitoring results.",
          ru: "Найдите протоколы совещаний или отчёты, где обсуждаются результаты. Критерий выполнен, если хотя бы одно изменение за последний год связано с результатами мониторинга.",
        },
        ["document-review", "staff-interview"],
      ),
    ]),
    ...standard("P7.3", { en: "Linkages within the treatment and care system", ru: "Взаимодействие в системе лечения и ухода" }, P7, [
      c(
        { en: "Written agreements link the service with health, social and harm-reduction services", ru: "Письменные соглашения связывают службу с медицинскими и социальными службами и программами снижения вреда" },
        {
          en: "Review agreements or joint protocols with partners. Met when they exist for the main partners and name contact persons and referral steps.",
          ru: "Изучите соглашения или совместные протоколы с партнёрами. Критерий выполнен, если они заключены с основными партнёрами и в них указаны контактные лица и порядок направления.",
        },
        ["document-review"],
      ),
      c(
        { en: "Referrals to and from partners are monitored and discussed with them", ru: "Направления к партнёрам и от них отслеживаются и обсуждаются с ними" },
        {
          en: "Ask for data on referrals sent and received and what became of them. Met when outcomes are recorded and reviewed with partners at least yearly.",
          ru: "Запросите данные об отправленных и полученных направлениях и их результатах. Критерий выполнен, если результаты фиксируются и не реже раза в год обсуждаются с партнёрами.",
        },
        ["data", "staff-interview"],
      ),
    ]),
  ];
}

/**
 * The UNODC-WHO International Standards for the Treatment of Drug Use Disorders (2020) as a
 * {@link Framework}: seven key principles (`P1`..`P7`, in the order of the 2020 edition), 29
 * standards and 88 assessable criteria, with English and Russian titles and assessor guidance.
 * Standards for one treatment modality, setting or population carry `applicability` (for example
 * `P4.4`, outpatient treatment and OAT, applies to `modalities: ["outpatient"]`); their criteria
 * inherit it. Standards and criteria are treatment-quality's own elaboration (`illustrative: true`),
 * not the Standards' text, and no citation could be checked against the document (`verified: false`).
 * The value is deeply frozen.
 *
 * @example
 * ```ts
 * import { internationalStandards2020 } from "treatment-quality";
 *
 * internationalStandards2020.nodes.filter((node) => node.parentId === undefined).length; // => 7
 * internationalStandards2020.nodes.filter((node) => node.kind === "criterion").length; // => 88
 * internationalStandards2020.nodes.find((node) => node.id === "P4.4")?.applicability; // => { modalities: ["outpatient"] }
 * ```
 */
export const internationalStandards2020: Framework = /* @__PURE__ */ (() =>
  deepFreeze<Framework>({
    id: "unodc-who-is-2020",
    version: "2020",
    title: {
      en: "International Standards for the Treatment of Drug Use Disorders (2020): key principles, standards and assessable criteria",
      ru: "Международные стандарты лечения расстройств, связанных с употреблением наркотиков (2020): ключевые принципы, стандарты и оцениваемые критерии",
    },
    description: {
      en: "The seven key principles of the WHO-UNODC International Standards (2020), each broken down into standards and criteria that an assessor can rate from documents, records, observation, interviews and routine data. Standards specific to a treatment modality (outreach, screening and brief intervention, outpatient, short-term inpatient, long-term residential, recovery management), a setting or a population with special needs say so in their applicability.",
      ru: "Семь ключевых принципов Международных стандартов ВОЗ и УНП ООН (2020), каждый из которых раскрыт через стандарты и критерии, оцениваемые экспертом по документам, медицинским картам, наблюдению, беседам и рутинным данным. Стандарты, относящиеся к отдельному виду помощи (аутрич-работа, скрининг и краткое вмешательство, амбулаторное лечение, краткосрочная стационарная помощь, длительная резидентная реабилитация, сопровождение выздоровления), условиям оказания помощи или группе населения с особыми потребностями, указывают это в поле применимости.",
    },
    publisher: "World Health Organization and United Nations Office on Drugs and Crime",
    year: 2020,
    source: {
      document: DOCUMENT,
      edition: EDITION,
      verified: false,
      note: "ISBN 978-92-4-000219-7 (electronic), 978-92-4-000220-3 (print). Title, edition, year, ISBN and licence were checked against stored copies of the document's front matter; its chapters, principle wording and any numbered key standards were not reachable and are given as recalled.",
    },
    status: "official",
    license: "Source document: CC BY-NC-SA 3.0 IGO. This catalog's text: MIT (treatment-quality), written in our own words.",
    notice:
      "The seven principles and their order follow the International Standards for the Treatment of Drug Use Disorders (WHO and UNODC, 2020). Every standard, criterion and piece of guidance in this catalog is treatment-quality's own paraphrase and elaboration, written from the Standards' requirement themes; it is not the text of the Standards and is not endorsed by WHO or UNODC. On each node, `illustrative: true` marks our elaboration and `source.verified` says whether the cited section was checked against the document (in this version, none was).",
    nodes: buildNodes(),
  }))();
