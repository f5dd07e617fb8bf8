const CBS_MUNICIPALITY_CODE = /^GM\d{4}$/;

/** CBS identifies a gemeente as "GM" followed by four digits, e.g. GM1724 for Bergeijk. */
export function isCbsMunicipalityCode(code: string): boolean {
  return CBS_MUNICIPALITY_CODE.test(code);
}
