import { z } from 'zod';
import { CalendarDate } from '../graph/calendar-date.js';
import { SLUG_PATTERN } from '../graph/text.js';
import {
  DOMAIN_FOCUSES,
  LANGUAGES,
  PARTIES_SPEAKER,
  PARTNERSHIP_KIND_NAMES,
  PARTNERSHIP_SCOPES,
  PARTY_ROLE_NAMES,
  PERSON_ROLES,
  PLACE_KINDS,
  PROJECT_STATUSES,
  SUBSIDIARY_KINDS,
} from '../graph/vocabulary.js';

/**
 * The extraction file written by hand beside each article: everything the
 * article states, each statement with the words that support it. The shape is
 * documented in schema/extraction-format.md.
 */

/**
 * Why a drafted item still needs a person's eye (`npm run draft`). The schema
 * accepts it on every item so that a draft can be read and checked, but the
 * loader refuses a file that still has one: a person accepts the item by
 * deleting the key, or deletes the item.
 */
const Review = z.string().trim().min(1, 'must say why the item is under review').optional();

const Id = z.string().regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and hyphens');
const Text = z.string().trim().min(1, 'must not be empty');
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => CalendarDate.parseIso(s) !== undefined, 'is not a real calendar date');

/** A quote from the article; `start` (code points) picks one occurrence when the words recur. */
const Quote = z.union([
  z.string().min(1, 'must not be empty'),
  z.strictObject({
    quote: z.string().min(1, 'must not be empty'),
    start: z.int().min(0).optional(),
  }),
]);
/** One quote or several; every claim needs at least one. */
export const Evidence = z.union([Quote, z.array(Quote).min(1, 'needs at least one quote')]);
export type EvidenceInput = z.infer<typeof Evidence>;

const Localized = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, Text.optional()])) as Record<
    (typeof LANGUAGES)[number],
    z.ZodOptional<typeof Text>
  >,
);
export type LocalizedInput = z.infer<typeof Localized>;

const Named = {
  id: Id,
  /** The canonical name, as the entity is best known. */
  name: Text,
  /** The name in other languages, where it differs. */
  names: Localized.optional(),
  /** Other ways articles refer to it, used to resolve it across articles. */
  aliases: z.array(Text).default([]),
  /** Where this article names it. */
  evidence: Evidence,
  review: Review,
};

const SectorRef = z.strictObject({ sector: Id, evidence: Evidence, review: Review });
const PlaceRef = z.strictObject({ place: Id, evidence: Evidence, review: Review });

const Company = z.strictObject({
  ...Named,
  country: PlaceRef.optional(),
  headquarters: PlaceRef.optional(),
  founded: z
    .strictObject({ year: z.int().min(1000).max(2100), evidence: Evidence, review: Review })
    .optional(),
  employees: z
    .strictObject({
      exact: z.int().min(0).optional(),
      atLeast: z.int().min(0).optional(),
      atMost: z.int().min(0).optional(),
      asOf: IsoDate.optional(),
      evidence: Evidence,
      review: Review,
    })
    .refine(
      (e) => e.exact !== undefined || e.atLeast !== undefined || e.atMost !== undefined,
      'needs exact, atLeast or atMost',
    )
    .optional(),
  sectors: z.array(SectorRef).default([]),
  offers: z.array(SectorRef).default([]),
  rankings: z
    .array(
      z
        .strictObject({
          sector: Id,
          /** The market the rank is measured in. */
          within: Id.optional(),
          rank: z.int().min(1).optional(),
          rankAtMost: z.int().min(1).optional(),
          evidence: Evidence,
          review: Review,
        })
        .refine(
          (r) => r.rank !== undefined || r.rankAtMost !== undefined,
          'needs rank or rankAtMost',
        ),
    )
    .default([]),
  parent: z
    .strictObject({
      company: Id,
      kind: z.enum(SUBSIDIARY_KINDS),
      note: Localized.optional(),
      evidence: Evidence,
      review: Review,
    })
    .optional(),
});

const Person = z.strictObject({
  ...Named,
  roles: z
    .array(
      z.strictObject({
        type: z.enum(PERSON_ROLES),
        company: Id,
        title: Localized.optional(),
        asOf: IsoDate.optional(),
        evidence: Evidence,
        review: Review,
      }),
    )
    .default([]),
});

const Sector = z.strictObject({ ...Named });
const Place = z.strictObject({ ...Named, kind: z.enum(PLACE_KINDS) });

const Project = z.strictObject({
  ...Named,
  status: z.enum(PROJECT_STATUSES),
  lead: Id.optional(),
  sectors: z.array(Id).default([]),
  places: z.array(Id).default([]),
});

const DateClaim = z.strictObject({ date: IsoDate, evidence: Evidence, review: Review });

const Partnership = z.strictObject({
  id: Id,
  kind: z.enum(PARTNERSHIP_KIND_NAMES),
  name: Text,
  names: Localized.optional(),
  /** Where the article states that the agreement exists. */
  evidence: Evidence,
  review: Review,
  scope: z
    .strictObject({ value: z.enum(PARTNERSHIP_SCOPES), evidence: Evidence, review: Review })
    .optional(),
  signedOn: DateClaim.optional(),
  startsOn: DateClaim.optional(),
  endsOn: DateClaim.optional(),
  amount: z
    .strictObject({
      disclosed: z.boolean(),
      value: z.number().positive().optional(),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
        .optional(),
      evidence: Evidence,
      review: Review,
    })
    .refine(
      (a) => a.disclosed === (a.value !== undefined),
      'a disclosed amount needs a value, an undisclosed one must have none',
    )
    .optional(),
  includesSubsidiaries: z
    .strictObject({ value: z.boolean(), evidence: Evidence, review: Review })
    .optional(),
  objectives: z
    .array(z.strictObject({ text: Localized, evidence: Evidence, review: Review }))
    .default([]),
  parties: z
    .array(
      z.strictObject({
        company: Id,
        role: z.enum(PARTY_ROLE_NAMES),
        evidence: Evidence,
        review: Review,
      }),
    )
    .min(2, 'a partnership needs at least two parties'),
  domains: z
    .array(
      z.strictObject({
        sector: Id,
        focus: z.enum(DOMAIN_FOCUSES),
        evidence: Evidence,
        review: Review,
      }),
    )
    .default([]),
  markets: z.array(PlaceRef).default([]),
  contributions: z
    .array(
      z.strictObject({
        company: Id,
        beneficiary: Id,
        sectors: z.array(Id).min(1),
        evidence: Evidence,
        review: Review,
      }),
    )
    .default([]),
  projects: z.array(Project).default([]),
  /** Who said what about the deal: a person's or company's id, or PARTIES for the parties together. */
  statements: z
    .array(
      z.strictObject({
        by: z.union([z.literal(PARTIES_SPEAKER), Id]),
        evidence: Evidence,
        review: Review,
      }),
    )
    .default([]),
});

export const ExtractionSchema = z.strictObject({
  article: z.strictObject({
    id: Id,
    language: z.enum(LANGUAGES),
    /** The title in English, when the article is in another language. */
    titleEn: Text.optional(),
    publisher: Text.optional(),
    url: z.url().optional(),
    /** Name of the file the text was first collected as. */
    origin: Text.optional(),
  }),
  companies: z.array(Company).default([]),
  people: z.array(Person).default([]),
  sectors: z.array(Sector).default([]),
  places: z.array(Place).default([]),
  partnerships: z.array(Partnership).default([]),
});

export type Extraction = z.infer<typeof ExtractionSchema>;
export type CompanyInput = z.infer<typeof Company>;
export type PersonInput = z.infer<typeof Person>;
export type PartnershipInput = z.infer<typeof Partnership>;
export type ProjectInput = z.infer<typeof Project>;
