import { maskPhone, maskResidentId } from './masking';

describe('masking', () => {
  it('keeps the region code and the last 4 of an ID number', () => {
    expect(maskResidentId('630102199001011234')).toBe('630102********1234');
  });

  it('keeps the first 3 and last 4 digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('passes null through', () => {
    expect(maskResidentId(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
  });
});
