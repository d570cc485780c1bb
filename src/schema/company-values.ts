import type { CompanyRecord } from '../graph/records.js';
import { Headcount } from './company-facts.js';
import { statedValueType } from './stated-value.js';

/** Each article's value of a company's single-value properties (company.ts's `…Values` fields). */

export const FoundedYearValue = statedValueType('FoundedYearValue', 'A founding year', (t) => ({
  value: t.int({ resolve: (v) => Number(v.values.foundedYear) }),
}));

export const HeadcountValue = statedValueType('HeadcountValue', 'A headcount', (t) => ({
  value: t.field({
    type: Headcount,
    resolve: (v) => v.values as Partial<CompanyRecord> as CompanyRecord,
  }),
}));
