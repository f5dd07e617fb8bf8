import { isCbsMunicipalityCode } from './cbs-code';

describe('CBS gemeentecode', () => {
  it.each(['GM1724', 'GM0140', 'GM1735'])('accepts %s', (code) => {
    expect(isCbsMunicipalityCode(code)).toBe(true);
  });

  it.each(['1724', 'gm1724', 'GM172', 'GM17245', 'PV26', ''])('rejects %p', (code) => {
    expect(isCbsMunicipalityCode(code)).toBe(false);
  });
});
