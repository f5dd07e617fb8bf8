import { DutchNumberPipe } from './dutch-number.pipe';

describe('DutchNumberPipe', () => {
  const pipe = new DutchNumberPipe();

  it.each([
    [27451, '27.451'],
    [945, '945'],
    [1234567, '1.234.567'],
  ])('writes %p as %p', (value, expected) => {
    expect(pipe.transform(value)).toBe(expected);
  });
});
