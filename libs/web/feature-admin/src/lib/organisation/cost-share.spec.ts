import { parseCostShare, totalShare } from './cost-share';

describe('parseCostShare', () => {
  it('reads Dutch and international decimals', () => {
    expect(['22,5', '22.50', '0', '100'].map(parseCostShare)).toEqual(['22.50', '22.50', '0.00', '100.00']);
  });

  it('refuses what is not a percentage', () => {
    expect(['', '101', '-1', '22,555', 'twintig', '1e2'].map(parseCostShare)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('totalShare', () => {
  it('adds shares exactly: five times 20,00 is 100,00', () => {
    expect(totalShare(['20.00', '20.00', '20.00', '20.00', '20.00'])).toEqual({
      hundredths: 10000,
      text: '100,00',
    });
  });

  it('shows a shortfall', () => {
    expect(totalShare(['33.33', '33.33', '33.33']).text).toBe('99,99');
  });
});
