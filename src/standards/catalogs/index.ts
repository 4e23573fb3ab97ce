/** The built-in catalogs, one file each. */
export { internationalStandards2020 } from "./international-standards-2020.js";
export { unodcWhoPrinciples2008 } from "./principles-of-drug-dependence-treatment-2008.js";
export { euMinimumQualityStandards2015 } from "./eu-minimum-quality-standards-2015.js";
export { illustrativeNationalStandard } from "./illustrative-national-standard.js";
