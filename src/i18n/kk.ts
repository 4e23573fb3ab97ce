/** Kazakh (Cyrillic script) labels for the vocabularies, in our own machine-unverified translation. */
import { ICD11_SUBSTANCE_CLASSES, type Icd11ClinicalState } from "../codes/index.js";
import type { LabelCatalog, LabelSet } from "./catalog.js";
import { addIcd11CourseLabels, composeIcd10Labels } from "./compose-icd-labels.js";

const OURS = "treatment-quality's own translation; machine-unverified, not reviewed by a native speaker";

function ours(labels: Record<string, string>): LabelSet {
  return { source: OURS, verified: false, labels };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DISORDERS_DUE_TO = "қолдану салдарынан болған психикалық және мінез-құлықтық бұзылыстар";

const ICD10_CATEGORY_KK: Readonly<Record<string, string>> = {
  F10: `Алкогольді ${DISORDERS_DUE_TO}`,
  F11: `Опиоидтарды ${DISORDERS_DUE_TO}`,
  F12: `Каннабиноидтарды ${DISORDERS_DUE_TO}`,
  F13: `Седативтік немесе ұйықтататын заттарды ${DISORDERS_DUE_TO}`,
  F14: `Кокаинді ${DISORDERS_DUE_TO}`,
  F15: `Басқа стимуляторларды (кофеинді қоса алғанда) ${DISORDERS_DUE_TO}`,
  F16: `Галлюциногендерді ${DISORDERS_DUE_TO}`,
  F17: `Темекіні ${DISORDERS_DUE_TO}`,
  F18: `Ұшпа еріткіштерді ${DISORDERS_DUE_TO}`,
  F19: "Бірнеше есірткі затын бірге қолдану және басқа психобелсенді заттарды пайдалану салдарынан болған психикалық және мінез-құлықтық бұзылыстар",
};

const ICD10_STATE_KK: readonly string[] = [
  "жедел интоксикация",
  "зиянды қолдану",
  "тәуелділік синдромы",
  "абстиненттік жағдай",
  "делирийлі абстиненттік жағдай",
  "психотикалық бұзылыс",
  "амнезиялық синдром",
  "резидуалды және кешіккен психотикалық бұзылыстар",
  "басқа психикалық және мінез-құлықтық бұзылыстар",
  "нақтыланбаған психикалық және мінез-құлықтық бұзылыс",
];


/**
 * The substance of each ICD-11 class in the cases the templates need: nominative ("... интоксикациясы"),
 * accusative ("... қолдану"), dative ("... тәуелділік") and genitive ("... абстиненттік синдромы").
 */
interface Icd11SubstanceKk {
  readonly nominative: string;
  readonly accusative: string;
  readonly dative: string;
  readonly genitive: string;
}

/** Builds the four cases from a stem, its three suffixes and a qualifier that follows the suffix. */
function forms(stem: string, accusative: string, dative: string, genitive: string, qualifier = ""): Icd11SubstanceKk {
  return {
    nominative: `${stem}${qualifier}`,
    accusative: `${stem}${accusative}${qualifier}`,
    dative: `${stem}${dative}${qualifier}`,
    genitive: `${stem}${genitive}${qualifier}`,
  };
}

const ICD11_SUBSTANCE_KK: Readonly<Record<string, Icd11SubstanceKk>> = {
  "6C40": forms("алкоголь", "ді", "ге", "дің"),
  "6C41": forms("каннабис", "ті", "ке", "тің"),
  "6C42": forms("синтетикалық каннабиноидтар", "ды", "ға", "дың"),
  "6C43": forms("опиоидтар", "ды", "ға", "дың"),
  "6C44": forms("седативтік, ұйықтататын немесе анксиолитикалық заттар", "ды", "ға", "дың"),
  "6C45": forms("кокаин", "ді", "ге", "нің"),
  "6C46": forms("стимуляторлар", "ды", "ға", "дың", " (амфетаминдерді, метамфетаминді немесе меткатинонды қоса алғанда)"),
  "6C47": forms("синтетикалық катинондар", "ды", "ға", "дың"),
  "6C48": forms("кофеин", "ді", "ге", "нің"),
  "6C49": forms("галлюциногендер", "ді", "ге", "дің"),
  "6C4A": forms("никотин", "ді", "ге", "нің"),
  "6C4B": forms("ұшпа ингалянттар", "ды", "ға", "дың"),
  "6C4C": forms("МДМА немесе оған ұқсас заттар", "ды", "ға", "дың", " (МДА-ны қоса алғанда)"),
  "6C4D": forms("диссоциативтік заттар", "ды", "ға", "дың", " (кетамин мен фенциклидинді қоса алғанда)"),
  "6C4E": forms("басқа нақтыланған психобелсенді заттар", "ды", "ға", "дың", " (дәрілік заттарды қоса алғанда)"),
  "6C4F": forms("бірнеше нақтыланған психобелсенді заттар", "ды", "ға", "дың", " (дәрілік заттарды қоса алғанда)"),
  "6C4G": forms("белгісіз немесе нақтыланбаған психобелсенді заттар", "ды", "ға", "дың"),
  "6C4H": forms("психобелсенді емес заттар", "ды", "ға", "дың"),
};

const ICD11_STATE_KK: Readonly<Record<Icd11ClinicalState, (substance: Icd11SubstanceKk) => string>> = {
  "harmful-episode": (s) => `${s.accusative} зиянды қолдану эпизоды`,
  "harmful-pattern": (s) => `${s.accusative} зиянды қолдану үлгісі`,
  dependence: (s) => `${s.dative} тәуелділік`,
  intoxication: (s) => `${s.nominative} интоксикациясы`,
  withdrawal: (s) => `${s.genitive} абстиненттік синдромы`,
  delirium: (s) => `${s.accusative} қолдану салдарынан болған делирий`,
  "psychotic-disorder": (s) => `${s.accusative} қолдану салдарынан болған психотикалық бұзылыс`,
  "induced-disorders": (s) => `${s.accusative} қолдану салдарынан болған кейбір нақтыланған психикалық немесе мінез-құлықтық бұзылыстар`,
  "other-specified": (s) => `${s.accusative} қолдану салдарынан болған басқа нақтыланған бұзылыстар`,
  unspecified: (s) => `${s.accusative} қолдану салдарынан болған бұзылыстар, нақтыланбаған`,
};

/** The fifth-character courses, by the English words the vocabulary uses for them. */
const ICD11_COURSE_KK: Readonly<Record<string, string>> = {
  episodic: "эпизодтық",
  continuous: "үздіксіз",
  unspecified: "нақтыланбаған",
  "current use": "ағымдағы қолдану",
  "current use, continuous": "ағымдағы қолдану, үздіксіз",
  "current use, episodic": "ағымдағы қолдану, эпизодтық",
  "early full remission": "ерте толық ремиссия",
  "sustained partial remission": "тұрақты ішінара ремиссия",
  "sustained full remission": "тұрақты толық ремиссия",
};

function icd11Labels(): Record<string, string> {
  const labels: Record<string, string> = {
    "6D72.1": "Психобелсенді заттар, соның ішінде дәрілік заттар салдарынан болған амнезиялық бұзылыс",
    "6D84": "Психобелсенді заттар, соның ішінде дәрілік заттар салдарынан болған деменция",
    "6D84.0": "Алкогольді қолдану салдарынан болған деменция",
    "6D84.1": "Седативтік, ұйықтататын немесе анксиолитикалық заттарды қолдану салдарынан болған деменция",
    "6D84.2": "Ұшпа ингалянттарды қолдану салдарынан болған деменция",
    "6D84.Y": "Басқа нақтыланған психобелсенді зат салдарынан болған деменция",
  };
  for (const substance of ICD11_SUBSTANCE_CLASSES) {
    const kk = ICD11_SUBSTANCE_KK[substance.code];
    if (kk === undefined) continue;
    labels[substance.code] = capitalise(`${kk.accusative} қолдану салдарынан болған бұзылыстар`);
    for (const [state, character] of Object.entries(substance.states)) {
      labels[`${substance.code}.${character}`] = capitalise(ICD11_STATE_KK[state as Icd11ClinicalState](kk));
    }
  }
  return addIcd11CourseLabels(labels, ICD11_COURSE_KK);
}

/**
 * Kazakh labels (Cyrillic script) for the vocabularies. Every label is our own translation,
 * machine-unverified and not reviewed by a native speaker, so every set says `verified: false`.
 * ICD-10 and ICD-11 labels are composed from per-substance phrases and per-state templates; they
 * do not follow the official Kazakh edition of either classification. The US-specific TEDS and
 * ASAM vocabularies, and a few codes whose established Kazakh term we could not confirm, are left
 * out and fall back along the lookup's chain.
 *
 * @example
 * ```ts
 * import { KK_LABELS } from "treatment-quality";
 *
 * KK_LABELS.systems["modality"]?.labels["outpatient"]; // => "Амбулаториялық емдеу"
 * KK_LABELS.systems["modality"]?.verified; // => false
 * ```
 */
export const KK_LABELS: LabelCatalog = /* @__PURE__ */ (() => ({
  locale: "kk",
  systems: {
    modality: ours({
      "community-outreach": "Қоғамдастықтағы аутрич-жұмыс",
      "screening-brief-intervention": "Скрининг, қысқа араласу және емдеуге жолдау",
      outpatient: "Амбулаториялық емдеу",
      "short-term-inpatient": "Қысқа мерзімді стационарлық емдеу (абстиненттік синдромды емдеуді қоса алғанда)",
      "long-term-residential": "Оңалту орталығында тұрып ұзақ мерзімді емделу",
      "recovery-management": "Сауығу үдерісін сүйемелдеу",
    }),
    setting: ours({
      community: "Қоғамдастық (медициналық ұйымдардан тыс)",
      "primary-care": "Медициналық-санитариялық алғашқы көмек",
      specialised: "Мамандандырылған наркологиялық қызмет",
      hospital: "Жалпы бейінді немесе психиатриялық аурухана",
      prison: "Түзеу мекемесі",
      "other-closed-setting": "Басқа жабық мекеме (тергеу изоляторы, мәжбүрлеп ұстау мекемесі)",
    }),
    population: ours({
      women: "Әйелдер",
      "pregnant-women": "Жүкті әйелдер (және олардың жаңа туған нәрестелері)",
      "children-adolescents": "Балалар мен жасөспірімдер",
      "criminal-justice": "Қылмыстық сот төрелігі жүйесімен байланыстағы адамдар",
      "co-occurring-disorders": "Қатар жүретін психикалық немесе соматикалық аурулары бар адамдар",
      "sex-workers": "Секс-қызметкерлер",
      "sexual-gender-minorities": "Жыныстық және гендерлік азшылықтар",
      "ethnic-minorities": "Этникалық азшылықтар",
      "socially-marginalised": "Әлеуметтік тұрғыдан шеттетілген адамдар (баспанасыздарды қоса алғанда)",
    }),
    ownership: ours({
      public: "Мемлекеттік меншік",
      "private-not-for-profit": "Жеке коммерциялық емес (ҮЕҰ, қайырымдылық немесе діни ұйым)",
      "private-for-profit": "Жеке коммерциялық",
      other: "Басқа немесе аралас меншік",
    }),
    deliveryForm: ours({
      "in-person": "Мекемеде бетпе-бет",
      telemedicine: "Телемедицина (бейне немесе телефон арқылы)",
      "take-home-dosing": "Препарат дозаларын үйге беру",
      "home-delivery": "Препаратты үйге жеткізу",
      outreach: "Аутрич (мобильді немесе көшедегі жұмыс)",
    }),
    linkedService: ours({
      "hiv-testing": "АИТВ-ға тестілеу және кеңес беру",
      "art-linkage": "Антиретровирустық терапияға жолдау",
      "needle-syringe-programme": "Инелер мен шприцтерді алмастыру бағдарламасы",
      "naloxone-distribution": "Артық дозаланған кезде көмек көрсету үшін налоксонды қолға беру",
      "hepatitis-testing": "В және С гепатиттеріне тестілеу",
      "hepatitis-treatment-linkage": "В және С гепатиттерін емдеуге жолдау",
      "hepatitis-b-vaccination": "В гепатитіне қарсы вакцинациялау",
      "tb-screening": "Туберкулезге скрининг және тестілеу",
      "tb-treatment-linkage": "Туберкулезді емдеуге жолдау",
      "sti-services": "Жыныстық жолмен берілетін инфекциялардың алдын алу және емдеу",
      "condom-distribution": "Презерватив тарату бағдарламалары",
      "hiv-prep": "АИТВ-ның контактіге дейінгі профилактикасы (PrEP)",
    }),
    contactType: ours({
      "in-person-visit": "Бетпе-бет амбулаториялық қабылдау",
      telemedicine: "Телемедициналық консультация (бейне)",
      telephone: "Телефон арқылы консультация",
      dispensing: "Препаратты беру немесе дозаны бақылаумен қабылдау",
      "group-session": "Топтық сабақ",
      "home-visit": "Үйге бару",
      outreach: "Аутрич байланыс",
      "peer-support": "Тең консультантпен байланыс",
      "intensive-outpatient": "Қарқынды амбулаториялық емдеу немесе күндізгі стационар күні",
      "emergency-visit": "Шұғыл медициналық көмек бөлімшесіне жүгіну",
      "inpatient-admission": "Стационарға жатқызу",
      "inpatient-discharge": "Стационардан шығару",
      "residential-admission": "Оңалту орталығына қабылдау",
      "residential-discharge": "Оңалту орталығынан шығару",
      "withdrawal-management-discharge": "Абстиненттік синдромды емдеуден кейін шығару",
    }),
    dischargeReason: ours({
      completed: "Емдеу аяқталды",
      transferred: "Басқа бағдарламаға немесе мекемеге ауыстырылды",
      "dropped-out": "Емдеуді тоқтатты",
      "terminated-by-facility": "Мекеменің шешімімен шығарылды",
      incarcerated: "Бас бостандығынан айырылды",
      death: "Өлім",
      other: "Басқа себеп",
    }),
    referralSource: ours({
      self: "Өз бетінше жүгіну",
      "family-friends": "Отбасы немесе достар",
      "general-practitioner": "Жалпы практика дәрігері",
      "drug-treatment-centre": "Басқа наркологиялық мекеме",
      "health-service": "Аурухана немесе басқа медициналық қызмет",
      "social-service": "Әлеуметтік қызмет",
      education: "Білім беру мекемесі (мектеп)",
      employer: "Жұмыс беруші",
      "court-probation-police": "Сот, пробация қызметі немесе полиция",
      prison: "Түзеу мекемесі",
      other: "Басқа",
    }),
    substance: ours({
      heroin: "Героин",
      opium: "Апиын",
      "methadone-misused": "Метадон (медициналық емес тұтыну)",
      "buprenorphine-misused": "Бупренорфин (медициналық емес тұтыну)",
      fentanyls: "Фентанил және оның аналогтары (медициналық емес тұтыну)",
      "other-opioids": "Басқа опиоидтар (трамадол, кодеин, дезоморфин және т.б.)",
      "powder-cocaine": "Кокаин (ұнтақ)",
      "crack-cocaine": "Крэк-кокаин",
      "other-cocaine": "Кокаиннің басқа түрлері",
      amphetamines: "Амфетаминдер",
      methamphetamine: "Метамфетамин",
      mdma: "МДМА және оның туындылары",
      "synthetic-cathinones": "Синтетикалық катинондар",
      "other-stimulants": "Басқа стимуляторлар",
      barbiturates: "Барбитураттар (медициналық емес тұтыну)",
      benzodiazepines: "Бензодиазепиндер (медициналық емес тұтыну)",
      "ghb-gbl": "ГОМК (GHB) немесе ГБЛ (GBL)",
      pregabalin: "Прегабалин (медициналық емес тұтыну)",
      "other-sedatives": "Басқа ұйықтататын және седативтік заттар",
      lsd: "ЛСД",
      ketamine: "Кетамин",
      "other-hallucinogens": "Басқа галлюциногендер",
      "volatile-inhalants": "Ұшпа ингалянттар",
      cannabis: "Каннабис (марихуана немесе гашиш)",
      "synthetic-cannabinoids": "Синтетикалық каннабиноидтар",
      alcohol: "Алкоголь",
      other: "Басқа зат",
    }),
    dispensingMode: ours({
      supervised: "Қызметкердің бақылауымен",
      "take-home": "Үйге берілетін доза",
    }),
    volumeUnit: ours({
      patients: "Қызмет көрсетілген пациенттер",
      contacts: "Жүгінулер немесе келулер",
      admissions: "Қабылдаулар (жатқызулар)",
      "doses-dispensed": "Берілген дозалар",
      tests: "Жүргізілген тестілер",
      "kits-distributed": "Таратылған жиынтықтар (шприцтер, налоксон)",
    }),
    medicationClass: ours({
      "opioid-agonist": "Опиоидтық агонист (толық немесе ішінара)",
      "opioid-antagonist": "Опиоидтық антагонист",
      "alpha-2-adrenergic-agonist": "Альфа-2-адренергиялық агонист",
    }),
    medicationRole: ours({
      "opioid-agonist-treatment": "Опиоидтық агонистермен емдеу (демеуші немесе алмастырушы терапия)",
      "relapse-prevention": "Рецидивтің алдын алу (антагонистермен емдеу)",
      "withdrawal-management": "Абстиненттік синдромды емдеу",
      "overdose-reversal": "Артық дозалануды басу",
    }),
    "tdi.centreType": ours({
      outpatient: "Амбулаториялық емдеу орталығы",
      inpatient: "Стационарлық емдеу орталығы",
      prison: "Түзеу мекемесіндегі емдеу бөлімшесі",
      "general-practitioner": "Жалпы практика дәрігері",
      other: "Басқа",
      "not-known": "Белгісіз",
    }),
    "tdi.treatmentStatus": ours({
      "never-treated": "Бұрын емделмеген",
      "previously-treated": "Бұрын емделген",
      "not-known": "Белгісіз",
    }),
    "tdi.referralSource": ours({
      "self-family-friends": "Өз бетінше жүгіну, отбасы немесе достар",
      "general-practitioner": "Жалпы практика дәрігері",
      "drug-treatment-centre": "Басқа наркологиялық орталық",
      "health-social-services": "Басқа медициналық немесе әлеуметтік қызметтер",
      education: "Білім беру мекемелері",
      "court-probation-police": "Сот, пробация қызметі немесе полиция",
      other: "Басқа",
      "not-known": "Белгісіз",
    }),
    "tdi.livingWith": ours({
      alone: "Жалғыз",
      "with-family": "Отбасымен",
      "with-partner": "Серіктесімен",
      "with-friends": "Достарымен",
      "in-detention": "Бас бостандығынан айыру орындарында",
      "in-institution": "Мекемеде",
      other: "Басқа",
      "not-known": "Белгісіз",
    }),
    "tdi.livingWithChildren": ours({
      no: "Балалармен бірге тұрмайды",
      yes: "Балалармен бірге тұрады",
      "not-known": "Белгісіз",
    }),
    "tdi.livingWhere": ours({
      stable: "Тұрақты баспана",
      "unstable-homeless": "Тұрақсыз баспана немесе баспанасыз",
      "in-detention": "Бас бостандығынан айыру орындарында",
      other: "Басқа",
      "not-known": "Белгісіз",
    }),
    "tdi.labourStatus": ours({
      "regularly-employed": "Тұрақты жұмыс істейді",
      "occasionally-employed": "Уақытша жұмыс істейді",
      student: "Оқушы немесе студент",
      unemployed: "Жұмыссыз",
      "economically-inactive": "Әлеуметтік жәрдемақы алушы, зейнеткер, үй шаруасындағы адам немесе мүгедектігі бар адам",
      other: "Басқа",
      "not-known": "Белгісіз",
    }),
    "tdi.education": ours({
      none: "Мектепке бармаған немесе бастауыш мектепті бітірмеген",
      primary: "Бастауыш",
      secondary: "Орта",
      higher: "Жоғары",
      "not-known": "Белгісіз",
    }),
    "tdi.route": ours({
      inject: "Инъекция арқылы",
      "smoke-inhale": "Шегу немесе ингаляция",
      "eat-drink": "Ауыз арқылы (жеу немесе ішу)",
      sniff: "Мұрын арқылы (интраназальды)",
      other: "Басқа",
      "not-known": "Белгісіз",
    }),
    "tdi.frequency": ours({
      daily: "Күн сайын",
      "4-6-days-a-week": "Аптасына 4–6 күн",
      "2-3-days-a-week": "Аптасына 2–3 күн",
      "once-a-week-or-less": "Аптасына бір рет немесе одан сирек",
      "not-used-last-30-days": "Соңғы 30 күнде тұтынбаған",
      "not-known": "Белгісіз",
    }),
    "tdi.injecting": ours({
      never: "Ешқашан инъекция арқылы тұтынбаған",
      "last-30-days": "Соңғы 30 күнде инъекция арқылы тұтынған",
      "last-12-months": "Соңғы 12 айда инъекция арқылы тұтынған, бірақ соңғы 30 күнде емес",
      "more-than-12-months-ago": "12 айдан астам уақыт бұрын инъекция арқылы тұтынған",
      "not-known": "Белгісіз",
    }),
    "tdi.ostStatus": ours({
      never: "Ешқашан опиоидтық алмастыру терапиясын алмаған",
      "ever-not-current": "Бұрын опиоидтық алмастыру терапиясын алған, бірақ қазір алмайды",
      current: "Қазір опиоидтық алмастыру терапиясын алады",
      "not-known": "Белгісіз",
    }),
    "tdi.primaryDrug": ours({
      "1": "Опиоидтар",
      "1.1": "Героин",
      "1.2": "Метадон (медициналық емес тұтыну)",
      "1.3": "Бупренорфин (медициналық емес тұтыну)",
      "1.4": "Фентанилдер (медициналық емес тұтыну)",
      "1.5": "Басқа опиоидтар",
      "2": "Кокаин",
      "2.1": "Кокаин (ұнтақ, гидрохлорид)",
      "2.2": "Крэк-кокаин",
      "2.3": "Кокаиннің басқа түрлері",
      "3": "Кокаиннен басқа стимуляторлар",
      "3.1": "Амфетаминдер",
      "3.2": "Метамфетаминдер",
      "3.3": "МДМА және оның туындылары",
      "3.4": "Синтетикалық катинондар",
      "3.5": "Басқа стимуляторлар",
      "4": "Ұйықтататын және седативтік заттар",
      "4.1": "Барбитураттар (медициналық емес тұтыну)",
      "4.2": "Бензодиазепиндер (медициналық емес тұтыну)",
      "4.3": "ГОМК/ГБЛ",
      "4.4": "Басқа ұйықтататын және седативтік заттар",
      "5": "Галлюциногендер",
      "5.1": "ЛСД",
      "5.2": "Кетамин",
      "5.3": "Басқа галлюциногендер",
      "6": "Ұшпа ингалянттар",
      "7": "Каннабис",
      "7.1": "Марихуана немесе гашиш",
      "7.2": "Синтетикалық каннабиноидтар",
      "7.3": "Каннабистің басқа түрлері",
      "8": "Алкоголь",
      "9": "Басқа заттар",
      "99": "Белгісіз немесе деректер жоқ",
    }),
    icd10: ours(composeIcd10Labels(ICD10_CATEGORY_KK, ICD10_STATE_KK)),
    icd11: ours(icd11Labels()),
    atc: ours({
      N07BC02: "Метадон",
      N07BC05: "Левометадон",
      N07BC01: "Бупренорфин",
      N07BC51: "Бупренорфиннің басқа препараттармен біріктірілімдері (бупренорфин мен налоксонды қоса алғанда)",
      N07BC06: "Диаморфин",
      N07BC03: "Левацетилметадол",
      N02AA01: "Морфин",
      N07BB04: "Налтрексон",
      N07BC04: "Лофексидин",
      V03AB15: "Налоксон",
    }),
  },
}))();
