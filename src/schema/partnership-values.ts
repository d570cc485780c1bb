import type { PartnershipRecord } from '../graph/records.js';
import type { PartnershipScope as Scope } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { PartnershipScope } from './enums.js';
import { statedValueType } from './stated-value.js';

/** What a partnership is worth, and each article's value of its single-value properties (partnership.ts's `…Values` fields). */

export const Amount = builder.objectRef<PartnershipRecord>('Amount').implement({
  description: 'What an agreement is worth, or that the amount was not disclosed.',
  fields: (t) => ({
    disclosed: t.boolean({ resolve: (p) => p.amountDisclosed ?? false }),
    value: t.float({ nullable: true, resolve: (p) => p.amountValue ?? null }),
    currency: t.string({ nullable: true, resolve: (p) => p.amountCurrency ?? null }),
  }),
});

export const ScopeValue = statedValueType('ScopeValue', 'A partnership’s scope', (t) => ({
  value: t.field({ type: PartnershipScope, resolve: (v) => v.values.scope as Scope }),
}));

/** `property`: which date of the partnership (signedOn, startsOn, endsOn). */
export const DateValue = statedValueType('DateValue', 'A date', (t) => ({
  value: t.field({
    type: 'Date',
    resolve: (v) => String(Object.values(v.values).find((d) => typeof d === 'string')),
  }),
}));

export const AmountValue = statedValueType('AmountValue', 'An amount', (t) => ({
  value: t.field({ type: Amount, resolve: (v) => v.values as unknown as PartnershipRecord }),
}));

export const BooleanValue = statedValueType('BooleanValue', 'A yes or no', (t) => ({
  value: t.boolean({ resolve: (v) => Boolean(Object.values(v.values)[0]) }),
}));
