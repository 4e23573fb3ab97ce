/** Uzbek (Latin script) labels for the vocabularies, in our own machine-unverified translation. */
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

const DISORDERS_DUE_TO = "isteʼmol qilish natijasida yuzaga kelgan ruhiy va xulq-atvor buzilishlari";

const ICD10_CATEGORY_UZ: Readonly<Record<string, string>> = {
  F10: `Alkogolni ${DISORDERS_DUE_TO}`,
  F11: `Opioidlarni ${DISORDERS_DUE_TO}`,
  F12: `Kannabinoidlarni ${DISORDERS_DUE_TO}`,
  F13: `Sedativ yoki uxlatuvchi vositalarni ${DISORDERS_DUE_TO}`,
  F14: `Kokainni ${DISORDERS_DUE_TO}`,
  F15: `Boshqa stimulyatorlarni (shu jumladan kofeinni) ${DISORDERS_DUE_TO}`,
  F16: `Gallyutsinogenlarni ${DISORDERS_DUE_TO}`,
  F17: `Tamakini ${DISORDERS_DUE_TO}`,
  F18: `Uchuvchan erituvchilarni ${DISORDERS_DUE_TO}`,
  F19: "Bir nechta giyohvand moddalarni birgalikda isteʼmol qilish va boshqa psixoaktiv moddalarni qoʻllash natijasida yuzaga kelgan ruhiy va xulq-atvor buzilishlari",
};

const ICD10_STATE_UZ: readonly string[] = [
  "oʻtkir intoksikatsiya",
  "zararli isteʼmol",
  "qaramlik sindromi",
  "abstinent holat",
  "deliriyli abstinent holat",
  "psixotik buzilish",
  "amnestik sindrom",
  "rezidual va kechikkan psixotik buzilishlar",
  "boshqa ruhiy va xulq-atvor buzilishlari",
  "aniqlanmagan ruhiy va xulq-atvor buzilishi",
];


/**
 * The substance of each ICD-11 class: the stem, the case suffixes it takes (accusative "-ni" for
 * "... isteʼmol qilish", dative "-ga" for "... qaramlik") and a qualifier that follows the suffix.
 */
interface Icd11SubstanceUz {
  readonly stem: string;
  readonly qualifier?: string;
}

const ICD11_SUBSTANCE_UZ: Readonly<Record<string, Icd11SubstanceUz>> = {
  "6C40": { stem: "alkogol" },
  "6C41": { stem: "kannabis" },
  "6C42": { stem: "sintetik kannabinoidlar" },
  "6C43": { stem: "opioidlar" },
  "6C44": { stem: "sedativ, uxlatuvchi yoki anksiolitik vositalar" },
  "6C45": { stem: "kokain" },
  "6C46": { stem: "stimulyatorlar", qualifier: " (shu jumladan amfetaminlar, metamfetamin yoki metkatinon)" },
  "6C47": { stem: "sintetik katinonlar" },
  "6C48": { stem: "kofein" },
  "6C49": { stem: "gallyutsinogenlar" },
  "6C4A": { stem: "nikotin" },
  "6C4B": { stem: "uchuvchan ingalyantlar" },
  "6C4C": { stem: "MDMA yoki unga oʻxshash moddalar", qualifier: " (shu jumladan MDA)" },
  "6C4D": { stem: "dissotsiativ moddalar", qualifier: " (shu jumladan ketamin va fensiklidin)" },
  "6C4E": { stem: "boshqa aniqlangan psixoaktiv moddalar", qualifier: " (shu jumladan dori vositalari)" },
  "6C4F": { stem: "bir nechta aniqlangan psixoaktiv moddalar", qualifier: " (shu jumladan dori vositalari)" },
  "6C4G": { stem: "nomaʼlum yoki aniqlanmagan psixoaktiv moddalar" },
  "6C4H": { stem: "psixoaktiv boʻlmagan moddalar" },
};

/** The substance phrase of a class: nominative, accusative ("-ni") or dative ("-ga"). */
function substanceForm(substance: Icd11SubstanceUz, suffix: "" | "ni" | "ga"): string {
  return `${substance.stem}${suffix}${substance.qualifier ?? ""}`;
}

const ICD11_STATE_UZ: Readonly<Record<Icd11ClinicalState, (substance: Icd11SubstanceUz) => string>> = {
  "harmful-episode": (s) => `${substanceForm(s, "ni")} zararli isteʼmol qilish epizodi`,
  "harmful-pattern": (s) => `${substanceForm(s, "ni")} zararli isteʼmol qilish tarzi`,
  dependence: (s) => `${substanceForm(s, "ga")} qaramlik`,
  intoxication: (s) => `${substanceForm(s, "")} intoksikatsiyasi`,
  withdrawal: (s) => `${substanceForm(s, "")} abstinent sindromi`,
  delirium: (s) => `${substanceForm(s, "ni")} isteʼmol qilish natijasida yuzaga kelgan deliriy`,
  "psychotic-disorder": (s) => `${substanceForm(s, "ni")} isteʼmol qilish natijasida yuzaga kelgan psixotik buzilish`,
  "induced-disorders": (s) => `${substanceForm(s, "ni")} isteʼmol qilish natijasida yuzaga kelgan ayrim aniqlangan ruhiy yoki xulq-atvor buzilishlari`,
  "other-specified": (s) => `${substanceForm(s, "ni")} isteʼmol qilish natijasida yuzaga kelgan boshqa aniqlangan buzilishlar`,
  unspecified: (s) => `${substanceForm(s, "ni")} isteʼmol qilish natijasida yuzaga kelgan buzilishlar, aniqlanmagan`,
};

/** The fifth-character courses, by the English words the vocabulary uses for them. */
const ICD11_COURSE_UZ: Readonly<Record<string, string>> = {
  episodic: "epizodik",
  continuous: "doimiy",
  unspecified: "aniqlanmagan",
  "current use": "joriy isteʼmol",
  "current use, continuous": "joriy isteʼmol, doimiy",
  "current use, episodic": "joriy isteʼmol, epizodik",
  "early full remission": "erta toʻliq remissiya",
  "sustained partial remission": "barqaror qisman remissiya",
  "sustained full remission": "barqaror toʻliq remissiya",
};

function icd11Labels(): Record<string, string> {
  const labels: Record<string, string> = {
    "6D72.1": "Psixoaktiv moddalar, shu jumladan dori vositalari taʼsirida yuzaga kelgan amnestik buzilish",
    "6D84": "Psixoaktiv moddalar, shu jumladan dori vositalari taʼsirida yuzaga kelgan demensiya",
    "6D84.0": "Alkogolni isteʼmol qilish natijasida yuzaga kelgan demensiya",
    "6D84.1": "Sedativ, uxlatuvchi yoki anksiolitik vositalarni isteʼmol qilish natijasida yuzaga kelgan demensiya",
    "6D84.2": "Uchuvchan ingalyantlarni isteʼmol qilish natijasida yuzaga kelgan demensiya",
    "6D84.Y": "Boshqa aniqlangan psixoaktiv modda taʼsirida yuzaga kelgan demensiya",
  };
  for (const substance of ICD11_SUBSTANCE_CLASSES) {
    const uz = ICD11_SUBSTANCE_UZ[substance.code];
    if (uz === undefined) continue;
    labels[substance.code] = capitalise(`${substanceForm(uz, "ni")} isteʼmol qilish natijasida yuzaga kelgan buzilishlar`);
    for (const [state, character] of Object.entries(substance.states)) {
      labels[`${substance.code}.${character}`] = capitalise(ICD11_STATE_UZ[state as Icd11ClinicalState](uz));
    }
  }
  return addIcd11CourseLabels(labels, ICD11_COURSE_UZ);
}

/**
 * Uzbek labels (Latin script, modern orthography) for the vocabularies. Every label is our own
 * translation, machine-unverified and not reviewed by a native speaker, so every set says
 * `verified: false`. ICD-10 and ICD-11 labels are composed from per-substance phrases and
 * per-state templates; they do not follow an official Uzbek edition of either classification.
 * The US-specific TEDS and ASAM vocabularies, and a few codes whose Uzbek label would be the
 * English text itself (LSD, GHB/GBL) or whose established term we could not confirm, are left out
 * and fall back to English.
 *
 * @example
 * ```ts
 * import { UZ_LABELS } from "treatment-quality";
 *
 * UZ_LABELS.systems["modality"]?.labels["outpatient"]; // => "Ambulator davolash"
 * UZ_LABELS.systems["modality"]?.verified; // => false
 * ```
 */
export const UZ_LABELS: LabelCatalog = /* @__PURE__ */ (() => ({
  locale: "uz",
  systems: {
    modality: ours({
      "community-outreach": "Jamoatchilik orasida autrich ishi",
      "screening-brief-intervention": "Skrining, qisqa aralashuv va davolashga yoʻnaltirish",
      outpatient: "Ambulator davolash",
      "short-term-inpatient": "Qisqa muddatli statsionar davolash (shu jumladan abstinent sindromini davolash)",
      "long-term-residential": "Reabilitatsiya markazida yashab uzoq muddatli davolanish",
      "recovery-management": "Sogʻayish jarayonini qoʻllab-quvvatlash",
    }),
    setting: ours({
      community: "Jamoatchilik muhiti (tibbiyot muassasalaridan tashqarida)",
      "primary-care": "Birlamchi tibbiy-sanitariya yordami",
      specialised: "Ixtisoslashtirilgan narkologik xizmat",
      hospital: "Umumiy profildagi yoki psixiatriya shifoxonasi",
      prison: "Jazoni ijro etish muassasasi",
      "other-closed-setting": "Boshqa yopiq muassasa (tergov hibsxonasi, majburiy saqlash muassasasi)",
    }),
    population: ours({
      women: "Ayollar",
      "pregnant-women": "Homilador ayollar (va ularning yangi tugʻilgan chaqaloqlari)",
      "children-adolescents": "Bolalar va oʻsmirlar",
      "criminal-justice": "Jinoiy odil sudlov tizimi bilan aloqada boʻlgan shaxslar",
      "co-occurring-disorders": "Yondosh ruhiy yoki somatik kasalliklari bor shaxslar",
      "sex-workers": "Jinsiy xizmat koʻrsatuvchi shaxslar",
      "sexual-gender-minorities": "Jinsiy va gender ozchiliklar",
      "ethnic-minorities": "Etnik ozchiliklar",
      "socially-marginalised": "Ijtimoiy chetlashtirilgan shaxslar (shu jumladan boshpanasizlar)",
    }),
    ownership: ours({
      public: "Davlat mulki",
      "private-not-for-profit": "Xususiy notijorat (NNT, xayriya yoki diniy tashkilot)",
      "private-for-profit": "Xususiy tijorat",
      other: "Boshqa yoki aralash mulkchilik",
    }),
    deliveryForm: ours({
      "in-person": "Muassasada yuzma-yuz",
      telemedicine: "Telemeditsina (video yoki telefon orqali)",
      "take-home-dosing": "Dori dozalarini uyga berish",
      "home-delivery": "Dorini uyga yetkazib berish",
      outreach: "Autrich (mobil yoki koʻcha sharoitida)",
    }),
    linkedService: ours({
      "hiv-testing": "OIVga tekshirish va maslahat berish",
      "art-linkage": "Antiretrovirus terapiyaga yoʻnaltirish",
      "needle-syringe-programme": "Igna va shpritslarni almashtirish dasturi",
      "naloxone-distribution": "Dozani oshirib yuborishda yordam uchun naloksonni qoʻlga berish",
      "hepatitis-testing": "B va C gepatitlariga tekshirish",
      "hepatitis-treatment-linkage": "B va C gepatitlarini davolashga yoʻnaltirish",
      "hepatitis-b-vaccination": "B gepatitiga qarshi emlash",
      "tb-screening": "Sil kasalligiga skrining va tekshirish",
      "tb-treatment-linkage": "Sil kasalligini davolashga yoʻnaltirish",
      "sti-services": "Jinsiy yoʻl bilan yuqadigan infeksiyalarning oldini olish va davolash",
      "condom-distribution": "Prezervativ tarqatish dasturlari",
      "hiv-prep": "OIVning kontaktdan oldingi profilaktikasi (PrEP)",
    }),
    contactType: ours({
      "in-person-visit": "Yuzma-yuz ambulator qabul",
      telemedicine: "Telemeditsina maslahati (video)",
      telephone: "Telefon orqali maslahat",
      dispensing: "Dori berish yoki dozani nazorat ostida qabul qilish",
      "group-session": "Guruh mashgʻuloti",
      "home-visit": "Uyga tashrif",
      outreach: "Autrich doirasidagi aloqa",
      "peer-support": "Tengdosh maslahatchi bilan aloqa",
      "intensive-outpatient": "Intensiv ambulator davolash yoki kunduzgi statsionar kuni",
      "emergency-visit": "Shoshilinch tibbiy yordam boʻlimiga murojaat",
      "inpatient-admission": "Statsionarga yotqizish",
      "inpatient-discharge": "Statsionardan chiqarish",
      "residential-admission": "Reabilitatsiya markaziga qabul qilish",
      "residential-discharge": "Reabilitatsiya markazidan chiqarish",
      "withdrawal-management-discharge": "Abstinent sindromini davolashdan keyin chiqarish",
    }),
    dischargeReason: ours({
      completed: "Davolash yakunlangan",
      transferred: "Boshqa dastur yoki muassasaga oʻtkazilgan",
      "dropped-out": "Davolanishni tark etgan",
      "terminated-by-facility": "Muassasa qarori bilan chiqarilgan",
      incarcerated: "Ozodlikdan mahrum qilingan",
      death: "Oʻlim",
      other: "Boshqa sabab",
    }),
    referralSource: ours({
      self: "Oʻzi murojaat qilgan",
      "family-friends": "Oila yoki doʻstlar",
      "general-practitioner": "Umumiy amaliyot shifokori",
      "drug-treatment-centre": "Boshqa narkologik muassasa",
      "health-service": "Shifoxona yoki boshqa tibbiy xizmat",
      "social-service": "Ijtimoiy xizmat",
      education: "Taʼlim muassasasi (maktab)",
      employer: "Ish beruvchi",
      "court-probation-police": "Sud, probatsiya xizmati yoki huquqni muhofaza qilish organlari",
      prison: "Jazoni ijro etish muassasasi",
      other: "Boshqa",
    }),
    substance: ours({
      heroin: "Geroin",
      opium: "Afyun",
      "methadone-misused": "Metadon (tibbiy boʻlmagan isteʼmol)",
      "buprenorphine-misused": "Buprenorfin (tibbiy boʻlmagan isteʼmol)",
      fentanyls: "Fentanil va uning analoglari (tibbiy boʻlmagan isteʼmol)",
      "other-opioids": "Boshqa opioidlar (tramadol, kodein, dezomorfin va boshqalar)",
      "powder-cocaine": "Kokain (kukun)",
      "crack-cocaine": "Krek-kokain",
      "other-cocaine": "Kokainning boshqa turlari",
      amphetamines: "Amfetaminlar",
      methamphetamine: "Metamfetamin",
      mdma: "MDMA va uning hosilalari",
      "synthetic-cathinones": "Sintetik katinonlar",
      "other-stimulants": "Boshqa stimulyatorlar",
      barbiturates: "Barbituratlar (tibbiy boʻlmagan isteʼmol)",
      benzodiazepines: "Benzodiazepinlar (tibbiy boʻlmagan isteʼmol)",
      "ghb-gbl": "GHB yoki GBL",
      pregabalin: "Pregabalin (tibbiy boʻlmagan isteʼmol)",
      "other-sedatives": "Boshqa uxlatuvchi va sedativ vositalar",
      ketamine: "Ketamin",
      "other-hallucinogens": "Boshqa gallyutsinogenlar",
      "volatile-inhalants": "Uchuvchan ingalyantlar",
      cannabis: "Kannabis (marixuana yoki gashish)",
      "synthetic-cannabinoids": "Sintetik kannabinoidlar",
      alcohol: "Alkogol",
      other: "Boshqa modda",
    }),
    dispensingMode: ours({
      supervised: "Xodim nazorati ostida",
      "take-home": "Uyga beriladigan doza",
    }),
    volumeUnit: ours({
      patients: "Xizmat koʻrsatilgan bemorlar",
      contacts: "Murojaatlar yoki tashriflar",
      admissions: "Qabul qilishlar (yotqizishlar)",
      "doses-dispensed": "Berilgan dozalar",
      tests: "Oʻtkazilgan testlar",
      "kits-distributed": "Tarqatilgan toʻplamlar (shpritslar, nalokson)",
    }),
    medicationClass: ours({
      "opioid-agonist": "Opioid retseptorlari agonisti (toʻliq yoki qisman)",
      "opioid-antagonist": "Opioid retseptorlari antagonisti",
      "alpha-2-adrenergic-agonist": "Alfa-2-adrenoretseptorlar agonisti",
    }),
    medicationRole: ours({
      "opioid-agonist-treatment": "Opioid agonistlari bilan davolash (qoʻllab-quvvatlovchi yoki oʻrinbosar terapiya)",
      "relapse-prevention": "Retsidivning oldini olish (antagonistlar bilan davolash)",
      "withdrawal-management": "Abstinent sindromini davolash",
      "overdose-reversal": "Dozani oshirib yuborish holatini bartaraf etish",
    }),
    "tdi.centreType": ours({
      outpatient: "Ambulator davolash markazi",
      inpatient: "Statsionar davolash markazi",
      prison: "Jazoni ijro etish muassasasidagi davolash boʻlimi",
      "general-practitioner": "Umumiy amaliyot shifokori",
      other: "Boshqa",
      "not-known": "Nomaʼlum",
    }),
    "tdi.treatmentStatus": ours({
      "never-treated": "Ilgari davolanmagan",
      "previously-treated": "Ilgari davolangan",
      "not-known": "Nomaʼlum",
    }),
    "tdi.referralSource": ours({
      "self-family-friends": "Oʻzi murojaat qilgan, oila yoki doʻstlar",
      "general-practitioner": "Umumiy amaliyot shifokori",
      "drug-treatment-centre": "Boshqa narkologik markaz",
      "health-social-services": "Boshqa tibbiy yoki ijtimoiy xizmatlar",
      education: "Taʼlim muassasalari",
      "court-probation-police": "Sud, probatsiya xizmati yoki huquqni muhofaza qilish organlari",
      other: "Boshqa",
      "not-known": "Nomaʼlum",
    }),
    "tdi.livingWith": ours({
      alone: "Yolgʻiz",
      "with-family": "Oilasi bilan",
      "with-partner": "Turmush oʻrtogʻi yoki sherigi bilan",
      "with-friends": "Doʻstlari bilan",
      "in-detention": "Ozodlikdan mahrum qilish joylarida",
      "in-institution": "Muassasada",
      other: "Boshqa",
      "not-known": "Nomaʼlum",
    }),
    "tdi.livingWithChildren": ours({
      no: "Bolalar bilan yashamaydi",
      yes: "Bolalar bilan yashaydi",
      "not-known": "Nomaʼlum",
    }),
    "tdi.livingWhere": ours({
      stable: "Doimiy turar joy",
      "unstable-homeless": "Doimiy boʻlmagan turar joy yoki boshpanasiz",
      "in-detention": "Ozodlikdan mahrum qilish joylarida",
      other: "Boshqa",
      "not-known": "Nomaʼlum",
    }),
    "tdi.labourStatus": ours({
      "regularly-employed": "Doimiy ishda",
      "occasionally-employed": "Vaqtinchalik ishda",
      student: "Oʻquvchi yoki talaba",
      unemployed: "Ishsiz",
      "economically-inactive": "Ijtimoiy nafaqa oluvchi, pensioner, uy bekasi yoki nogironligi bor shaxs",
      other: "Boshqa",
      "not-known": "Nomaʼlum",
    }),
    "tdi.education": ours({
      none: "Maktabga bormagan yoki boshlangʻich maktabni tugatmagan",
      primary: "Boshlangʻich",
      secondary: "Oʻrta",
      higher: "Oliy",
      "not-known": "Nomaʼlum",
    }),
    "tdi.route": ours({
      inject: "Inyeksiya yoʻli bilan",
      "smoke-inhale": "Chekish yoki ingalyatsiya",
      "eat-drink": "Ogʻiz orqali (yeyish yoki ichish)",
      sniff: "Burun orqali (intranazal)",
      other: "Boshqa",
      "not-known": "Nomaʼlum",
    }),
    "tdi.frequency": ours({
      daily: "Har kuni",
      "4-6-days-a-week": "Haftasiga 4–6 kun",
      "2-3-days-a-week": "Haftasiga 2–3 kun",
      "once-a-week-or-less": "Haftasiga bir marta yoki undan kam",
      "not-used-last-30-days": "Soʻnggi 30 kunda isteʼmol qilmagan",
      "not-known": "Nomaʼlum",
    }),
    "tdi.injecting": ours({
      never: "Hech qachon inyeksiya yoʻli bilan isteʼmol qilmagan",
      "last-30-days": "Soʻnggi 30 kunda inyeksiya yoʻli bilan isteʼmol qilgan",
      "last-12-months": "Soʻnggi 12 oyda inyeksiya yoʻli bilan isteʼmol qilgan, lekin soʻnggi 30 kunda emas",
      "more-than-12-months-ago": "12 oydan koʻproq vaqt oldin inyeksiya yoʻli bilan isteʼmol qilgan",
      "not-known": "Nomaʼlum",
    }),
    "tdi.ostStatus": ours({
      never: "Hech qachon oʻrinbosar terapiya olmagan",
      "ever-not-current": "Ilgari oʻrinbosar terapiya olgan, hozir olmaydi",
      current: "Hozirda oʻrinbosar terapiya oladi",
      "not-known": "Nomaʼlum",
    }),
    "tdi.primaryDrug": ours({
      "1": "Opioidlar",
      "1.1": "Geroin",
      "1.2": "Metadon (tibbiy boʻlmagan isteʼmol)",
      "1.3": "Buprenorfin (tibbiy boʻlmagan isteʼmol)",
      "1.4": "Fentanillar (tibbiy boʻlmagan isteʼmol)",
      "1.5": "Boshqa opioidlar",
      "2": "Kokain",
      "2.1": "Kokain (kukun, gidroxlorid)",
      "2.2": "Krek-kokain",
      "2.3": "Kokainning boshqa turlari",
      "3": "Kokaindan tashqari stimulyatorlar",
      "3.1": "Amfetaminlar",
      "3.2": "Metamfetaminlar",
      "3.3": "MDMA va uning hosilalari",
      "3.4": "Sintetik katinonlar",
      "3.5": "Boshqa stimulyatorlar",
      "4": "Uxlatuvchi va sedativ vositalar",
      "4.1": "Barbituratlar (tibbiy boʻlmagan isteʼmol)",
      "4.2": "Benzodiazepinlar (tibbiy boʻlmagan isteʼmol)",
      "4.4": "Boshqa uxlatuvchi va sedativ vositalar",
      "5": "Gallyutsinogenlar",
      "5.2": "Ketamin",
      "5.3": "Boshqa gallyutsinogenlar",
      "6": "Uchuvchan ingalyantlar",
      "7": "Kannabis",
      "7.1": "Marixuana yoki gashish",
      "7.2": "Sintetik kannabinoidlar",
      "7.3": "Kannabisning boshqa turlari",
      "8": "Alkogol",
      "9": "Boshqa moddalar",
      "99": "Nomaʼlum yoki maʼlumot yoʻq",
    }),
    icd10: ours(composeIcd10Labels(ICD10_CATEGORY_UZ, ICD10_STATE_UZ)),
    icd11: ours(icd11Labels()),
    atc: ours({
      N07BC02: "Metadon",
      N07BC05: "Levometadon",
      N07BC01: "Buprenorfin",
      N07BC51: "Buprenorfin, kombinatsiyalar (shu jumladan buprenorfin va nalokson)",
      N07BC06: "Diamorfin",
      N07BC03: "Levatsetilmetadol",
      N02AA01: "Morfin",
      N07BB04: "Naltrekson",
      N07BC04: "Lofeksidin",
      V03AB15: "Nalokson",
    }),
  },
}))();
