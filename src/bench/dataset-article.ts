import { stringify } from 'yaml';
import type { CalendarDate } from '../graph/calendar-date.js';
import { writeBrief } from './dataset-brief-text.js';
import { writeDeal } from './dataset-deal-details.js';
import { type DealRegistry, writeFollowUp } from './dataset-deal-text.js';
import { Draft } from './dataset-draft.js';
import { Declarations, type Writer } from './dataset-extraction.js';
import type { NameRegistry } from './dataset-names.js';
import { dateText, FR_MONTH_NAMES, type Lang } from './dataset-phrases.js';
import type { ArticlePlan, Plan } from './dataset-plan.js';
import { Random } from './dataset-random.js';
import type { Universe } from './dataset-universe.js';

/**
 * Writes one generated article: its text in the layout the parser reads
 * (title, standfirst, byline, intertitles and paragraphs, sometimes a repeated
 * title and the site's "latest news" line) and its extraction file.
 */

/** What every article of one run shares. */
export interface DatasetState {
  seed: number;
  universe: Universe;
  plan: Plan;
  described: Uint8Array;
  deals: DealRegistry;
  projects: NameRegistry;
}

export interface GeneratedArticle {
  stem: string;
  language: Lang;
  text: string;
  extraction: string;
  /** Places and sectors the article declares, for the run's summary. */
  places: string[];
  sectors: string[];
}

const PUBLISHERS: Record<Lang, readonly [string, string][]> = {
  fr: [
    ['Le Journal des Alliances', 'journal-des-alliances.example'],
    ['Partenariats Hebdo', 'partenariats-hebdo.example'],
  ],
  en: [
    ['Deal Street Daily', 'dealstreet.example'],
    ['Partnership Wire', 'partnershipwire.example'],
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

function byline(random: Random, date: CalendarDate, author: string): string {
  const { day, month, year } = date;
  switch (random.int(4)) {
    case 0:
      return `Publié le ${pad(day)}-${pad(month)}-${year} par ${author}`;
    case 1:
      return `Publié le ${day}/${month}/${year} à ${random.between(6, 21)}h${pad(random.int(60))} par ${author}`;
    case 2:
      return `Publié le ${day === 1 ? '1er' : day} ${FR_MONTH_NAMES[month - 1]} ${year} par ${author}`;
    default:
      return `Mis à jour le ${pad(day)}.${pad(month)}.${year} par ${author}`;
  }
}

function headLines(plan: ArticlePlan, lang: Lang, date: CalendarDate) {
  const n =
    plan.type === 'deals' ? plan.deals.length + plan.followUps.length : plan.companies.length;
  if (plan.type === 'deals') {
    return {
      slug: lang === 'fr' ? 'accords-de-la-semaine' : 'deals-of-the-week',
      title:
        lang === 'fr'
          ? `Les accords de la semaine : ${n} partenariats au ${dateText('fr', date)}`
          : `Deals of the week: ${n} partnerships to ${dateText('en', date)}`,
      titleEn: `Deals of the week: ${n} partnerships to ${dateText('en', date)}`,
      lede:
        lang === 'fr'
          ? "Protocoles d'accord, coentreprises, prises de participation et rachats : le point sur les opérations annoncées ces derniers jours."
          : 'Memorandums, joint ventures, stakes and takeovers: the deals announced in the last few days.',
    };
  }
  return {
    slug: lang === 'fr' ? 'en-bref' : 'business-briefs',
    title:
      lang === 'fr'
        ? `En bref : ${n} entreprises à suivre`
        : `Business briefs: ${n} companies to watch`,
    titleEn: `Business briefs: ${n} companies to watch`,
    lede:
      lang === 'fr'
        ? 'Nominations, profils et actualités des entreprises que nous suivons.'
        : 'Appointments, profiles and news from the companies we follow.',
  };
}

/** Writes the article at position `index` of the plan, published on `date`. */
export function writeArticle(
  state: DatasetState,
  plan: ArticlePlan,
  index: number,
  date: CalendarDate,
): GeneratedArticle {
  const random = new Random(state.seed, 'article', index);
  const lang: Lang = random.chance(0.65) ? 'fr' : 'en';
  const draft = new Draft(lang === 'fr' && random.chance(0.3));
  const writer: Writer = {
    lang,
    date,
    draft,
    decl: new Declarations(),
    universe: state.universe,
    random,
    described: state.described,
  };
  if (plan.type === 'deals') {
    for (const d of plan.deals) {
      const deal = state.plan.deals[d];
      if (deal) writeDeal(writer, deal, d, state.deals, state.projects);
    }
    for (const d of plan.followUps) {
      const deal = state.plan.deals[d];
      if (deal) writeFollowUp(writer, deal, d, state.deals);
    }
  } else {
    for (const c of plan.companies) writeBrief(writer, c);
  }

  const head = headLines(plan, lang, date);
  const curly = (s: string) => (draft.curly ? s.replace(/'/g, '\u2019') : s);
  const author = random.pick(state.universe.authors);
  const lines = [
    head.title,
    ...(random.chance(0.15) ? [head.title] : []),
    curly(head.lede),
    byline(random, date, author),
  ];
  const tail = random.chance(0.3)
    ? [lang === 'fr' ? 'Les dernières actualités' : 'Latest news']
    : [];
  const text = draft.assemble(lines, () => (random.chance(0.1) ? '\n\n\u00a0\n\n' : '\n\n'), tail);

  const id = `${date.toString()}-${head.slug}-${String(index + 1).padStart(6, '0')}`;
  const [publisher, domain] = random.pick(PUBLISHERS[lang]);
  const { decl } = writer;
  const extraction = draft.resolve({
    article: {
      id,
      language: lang,
      titleEn: lang === 'fr' ? head.titleEn : undefined,
      publisher,
      url: `https://${domain}/articles/${id}`,
    },
    companies: [...decl.companies.values()],
    people: [...decl.people.values()],
    sectors: [...decl.sectors.values()],
    places: [...decl.places.values()],
    partnerships: decl.partnerships,
  });
  return {
    stem: id,
    language: lang,
    text,
    extraction: `# Generated by npm run generate: what the article states, each statement with its words.\n${stringify(extraction, { lineWidth: 0 })}`,
    places: [...decl.places.keys()],
    sectors: [...decl.sectors.values()].map((s) => s.id),
  };
}
