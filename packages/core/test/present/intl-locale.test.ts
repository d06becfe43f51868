import { describe, expect, it } from 'vitest';
import { intlLocale } from '../../src/present.js';

describe('intlLocale', () => {
  it('writes Vietnamese numbers with a decimal comma and a dot between thousands', () => {
    expect(intlLocale('vi')).toBe('vi-VN');
    expect(new Intl.NumberFormat(intlLocale('vi')).format(2528.5)).toBe('2.528,5');
    expect(new Intl.NumberFormat(intlLocale('vi'), { maximumFractionDigits: 1 }).format(97.84)).toBe('97,8');
  });

  it('writes English numbers with a decimal point and a comma between thousands, dates day first', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(new Intl.NumberFormat(intlLocale('en')).format(2528.5)).toBe('2,528.5');
    const date = new Date(Date.UTC(2025, 6, 1));
    expect(new Intl.DateTimeFormat(intlLocale('en'), { timeZone: 'UTC' }).format(date)).toBe('01/07/2025');
  });
});
