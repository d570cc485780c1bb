import { CalendarDate } from '../graph/calendar-date.js';
import { slugify } from '../graph/text.js';
import type { PartnershipScope } from '../graph/vocabulary.js';
import {
  type DealRegistry,
  dealNames,
  headingText,
  partiesOf,
  side,
  signedBefore,
  writeTokens,
} from './dataset-deal-text.js';
import { KIND_WORDS, OBJECTIVES, STATEMENTS } from './dataset-deal-words.js';
import type { Mark, Paragraph } from './dataset-draft.js';
import {
  addRole,
  declared,
  describeCompany,
  nameCompany,
  namePerson,
  namePlace,
  nameSector,
  type Writer,
} from './dataset-extraction.js';
import { coinedWord, type NameRegistry } from './dataset-names.js';
import { amountText, CURRENCIES, dateText, writeList } from './dataset-phrases.js';
import { COUNTRIES, PLACES_BY_ID, type PlaceVocab, REGIONS } from './dataset-places.js';
import type { Deal } from './dataset-plan.js';
import { SECTORS } from './dataset-sectors.js';

/** Writes one deal of a round-up: intertitle, statement, details, and who the parties are. */

const elide = (written: string) => (/^[AEIOUYÉÈÊÂÎÔH]/i.test(written) ? "d'" : 'de ');
const SCOPES: Record<string, PartnershipScope> = {
  WORLD: 'WORLDWIDE',
  CONTINENT: 'REGIONAL',
  REGION: 'REGIONAL',
  COUNTRY: 'NATIONAL',
};

export function writeDeal(
  w: Writer,
  deal: Deal,
  index: number,
  registry: DealRegistry,
  projects: NameRegistry,
): void {
  const r = w.random;
  const fr = w.lang === 'fr';
  const signed = signedBefore(w);
  const id = registry.assign(w, index, deal, signed);
  const heading = headingText(w, deal);
  if (heading) w.draft.paragraph().add(heading);
  const p = w.draft.paragraph();
  const words = KIND_WORDS[deal.kind];
  const many = words.many && side(deal, 'source').length > 1 ? words.many : words.clause;
  const clause = writeTokens(w, p, many[w.lang], deal, signed);
  const [first = 0, second = 0] = deal.parties;
  const company = (c: number) => w.universe.companies[c];
  const sectorId = (s: number) => SECTORS[s]?.id ?? '';

  // What the deal covers, and where.
  const weights = SECTORS.map((s) => s.weight);
  const domains: number[] = [];
  const wanted = 1 + r.weighted([60, 30, 10]);
  if (r.chance(0.6)) domains.push(company(first)?.sectors[0] ?? 0);
  while (domains.length < wanted) {
    const s = r.weighted(weights);
    if (!domains.includes(s)) domains.push(s);
  }
  p.add(' ');
  const from = p.begin();
  p.add(fr ? 'portant sur ' : 'covering ');
  writeList(p, w.lang, domains, (s) => nameSector(w, p, s, 'art'));
  const covered = p.end(from);
  const markets = pickMarkets(w, first, second);
  const marketMarks: Mark[] = [];
  p.add(', ');
  writeList(p, w.lang, markets, (place) => marketMarks.push(namePlace(w, p, place)));
  p.add('.');

  const partnership: Record<string, unknown> = {
    id,
    kind: deal.kind,
    name: dealNames(w, deal).en,
    names: dealNames(w, deal),
    evidence: clause,
  };
  const firstMarket = markets[0];
  if (firstMarket && r.chance(0.5))
    partnership.scope = { value: SCOPES[firstMarket.kind], evidence: marketMarks[0] };
  partnership.signedOn = { date: signed.toString(), evidence: clause };
  writeAmount(w, p, deal, partnership);
  if (/SUPPLY|LICENSING|DISTRIBUTION/.test(deal.kind) && r.chance(0.4))
    writeTerm(w, p, signed, partnership);
  const groups = w.universe.groups;
  if (deal.parties.some((c) => c < groups) && r.chance(0.1)) {
    p.sentence();
    const subsidiaries = p.mark(
      fr
        ? "L'accord s'étend aux filiales des partenaires."
        : "The agreement extends to the partners' subsidiaries.",
    );
    partnership.includesSubsidiaries = { value: true, evidence: subsidiaries };
  }
  if (r.chance(0.2)) {
    const o = r.pick(OBJECTIVES);
    p.sentence();
    const said = p.mark(fr ? `Les partenaires veulent ${o.fr}.` : `The partners aim to ${o.en}.`);
    partnership.objectives = [{ text: o, evidence: said }];
  }
  partnership.parties = partiesOf(w, deal, clause);
  const domainList: Record<string, unknown>[] = domains.map((s) => ({
    sector: sectorId(s),
    focus: 'CORE',
    evidence: covered,
  }));
  const extra = r.weighted(weights);
  if (r.chance(0.15) && !domains.includes(extra)) {
    p.sentence();
    const start = p.begin();
    p.add(
      fr
        ? "Ils n'excluent pas d'étendre leur coopération "
        : 'They may later extend their cooperation to ',
    );
    nameSector(w, p, extra, 'à');
    p.add('.');
    domainList.push({ sector: sectorId(extra), focus: 'OPPORTUNITY', evidence: p.end(start) });
  }
  partnership.domains = domainList;
  partnership.markets = markets.map((place, i) => ({ place: place.id, evidence: marketMarks[i] }));

  const lead = side(deal, deal.roles.includes('SIGNATORY') ? 'all' : 'source')[0] ?? first;
  const other = deal.parties.find((c) => c !== lead) ?? second;
  const contributed = company(lead)?.sectors[0];
  if (contributed !== undefined && r.chance(0.15)) {
    p.sentence();
    const start = p.begin();
    nameCompany(w, p, lead);
    p.add(fr ? ' apportera son savoir-faire ' : ' will bring its expertise in ');
    nameSector(w, p, contributed, 'dans');
    p.add(fr ? ' à ' : ' to ');
    nameCompany(w, p, other);
    p.add('.');
    partnership.contributions = [
      {
        company: declared(w, lead).id,
        beneficiary: declared(w, other).id,
        sectors: [sectorId(contributed)],
        evidence: p.end(start),
      },
    ];
  }
  const projectChance = /JOINT_VENTURE|RESEARCH/.test(deal.kind) ? 0.4 : 0.05;
  if (firstMarket && r.chance(projectChance)) {
    partnership.projects = [writeProject(w, p, lead, domains[0] ?? 0, firstMarket, projects)];
  }
  writeStatement(w, p, lead);
  w.decl.partnerships.push(partnership);

  const unknown = deal.parties.filter((c) => !w.described[c] || r.chance(0.1));
  if (unknown.length > 0) {
    const about = w.draft.paragraph();
    for (const c of unknown) describeCompany(w, about, c);
  }
}

function pickMarkets(w: Writer, a: number, b: number): PlaceVocab[] {
  const r = w.random;
  const countryOf = (c: number) => COUNTRIES[w.universe.companies[c]?.country ?? 0];
  const out: PlaceVocab[] = [];
  const count = r.chance(0.7) ? 1 : 2;
  for (let attempt = 0; out.length < count && attempt < 10; attempt++) {
    const roll = r.weighted([15, 35, 50]);
    const home = countryOf(r.chance(0.6) ? a : b);
    const place =
      roll === 0
        ? REGIONS[0]
        : roll === 1
          ? PLACES_BY_ID.get(home?.region ?? 'europe')
          : r.chance(0.8)
            ? home
            : r.pick(COUNTRIES);
    if (place && !out.some((p) => p.id === place.id)) out.push(place);
  }
  return out;
}

function writeAmount(w: Writer, p: Paragraph, deal: Deal, out: Record<string, unknown>): void {
  const r = w.random;
  const fr = w.lang === 'fr';
  const capital = deal.kind === 'INVESTMENT' || deal.kind === 'ACQUISITION';
  if (!r.chance(capital ? 0.85 : 0.35)) return;
  p.sentence();
  if (!r.chance(capital ? 0.75 : 0.3)) {
    const said = p.mark(
      fr
        ? r.pick([
            "Le montant de l'opération n'a pas été dévoilé.",
            "Les termes financiers n'ont pas été communiqués.",
          ])
        : r.pick(['Financial terms were not disclosed.', 'The amount was not disclosed.']),
    );
    out.amount = { disclosed: false, evidence: said };
    return;
  }
  const [low, high] = deal.kind === 'ACQUISITION' ? [5, 20000] : capital ? [0.5, 500] : [1, 2000];
  const millions = low * (high / low) ** r.float();
  const value =
    millions >= 1000
      ? Math.round(millions / 100) * 1e8
      : millions >= 10
        ? Math.round(millions) * 1e6
        : Math.max(1, Math.round(millions * 10)) * 1e5;
  const currency = CURRENCIES[r.weighted([55, 30, 10, 5])] ?? 'EUR';
  const said = p.mark(
    fr
      ? `Le montant de l'opération s'élève à ${amountText('fr', value, currency)}.`
      : `The deal is worth ${amountText('en', value, currency)}.`,
  );
  out.amount = { disclosed: true, value, currency, evidence: said };
}

function writeTerm(w: Writer, p: Paragraph, signed: CalendarDate, out: Record<string, unknown>) {
  const r = w.random;
  const monthIndex = signed.year * 12 + signed.month - 1 + r.between(1, 3);
  const start = CalendarDate.of(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
  const years = r.between(1, 5);
  const last = new Date(Date.UTC(Math.floor(monthIndex / 12) + years, monthIndex % 12, 0));
  const end = CalendarDate.of(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
  if (!start || !end) return;
  const fr = w.lang === 'fr';
  p.sentence().add(fr ? 'Le contrat court ' : 'The contract runs ');
  const starts = p.mark(`${fr ? 'du' : 'from'} ${dateText(w.lang, start)}`);
  p.add(' ');
  const ends = p.mark(`${fr ? 'au' : 'to'} ${dateText(w.lang, end)}`);
  p.add('.');
  out.startsOn = { date: start.toString(), evidence: starts };
  out.endsOn = { date: end.toString(), evidence: ends };
}

function writeProject(
  w: Writer,
  p: Paragraph,
  lead: number,
  sector: number,
  place: PlaceVocab,
  projects: NameRegistry,
): Record<string, unknown> {
  const r = w.random;
  const fr = w.lang === 'fr';
  let code = coinedWord(r);
  while (!projects.claim(code)) code = coinedWord(r);
  const status = r.pick(['PLANNED', 'ACTIVE', 'EXPLORING'] as const);
  const verb = {
    PLANNED: fr ? 'lanceront' : 'will launch',
    ACTIVE: fr ? 'ont lancé' : 'have launched',
    EXPLORING: fr ? 'étudient' : 'are studying',
  }[status];
  p.sentence();
  const start = p.begin();
  p.add(fr ? `Les partenaires ${verb} le projet ` : `The partners ${verb} the `);
  p.add(code);
  p.add(fr ? ', piloté par ' : ' project, led by ');
  nameCompany(w, p, lead);
  p.add(', ');
  namePlace(w, p, place);
  p.add('.');
  return {
    id: `project-${slugify(code)}`,
    name: code,
    status,
    lead: declared(w, lead).id,
    sectors: [SECTORS[sector]?.id ?? ''],
    places: [place.id],
    evidence: p.end(start),
  };
}

/** An executive of the leading party comments on the deal. */
function writeStatement(w: Writer, p: Paragraph, lead: number): void {
  const r = w.random;
  const person = w.universe.companies[lead]?.people
    .map((i) => ({ i, person: w.universe.people[i] }))
    .find(({ person }) => person && person.role !== 'BOARD_MEMBER_OF');
  if (!person?.person || !r.chance(0.35)) return;
  const fr = w.lang === 'fr';
  const said = r.pick(STATEMENTS[w.lang]);
  p.sentence().add(fr ? `«\u00a0${said}\u00a0», a déclaré ` : `“${said},” said `);
  const start = p.begin();
  namePerson(w, p, person.i);
  const title = person.person.title;
  p.add(fr ? `, ${title.fr} ` : `, ${title.en} of `);
  nameCompany(w, p, lead, fr ? elide : undefined);
  const role = p.end(start);
  p.add('.');
  addRole(w, person.i, person.person.role, lead, title, role);
}
