import { createHash } from 'node:crypto';
import { CalendarDate } from '../graph/calendar-date.js';
import type {
  AliasWrite,
  ArticleGraph,
  EvidenceWrite,
  NodeRef,
  NodeWrite,
  Props,
  RelWrite,
} from '../graph/model.js';
import { foldText, slugify } from '../graph/text.js';
import {
  type EntityLabel,
  type FactRelType,
  LANGUAGES,
  Label,
  PARTNERSHIP_KINDS,
  PARTY_ROLES,
  Rel,
} from '../graph/vocabulary.js';
import type { ParsedArticle } from './article-parser.js';
import type {
  CompanyInput,
  EvidenceInput,
  Extraction,
  LocalizedInput,
  PartnershipInput,
  PersonInput,
} from './extraction-schema.js';
import { IssueList, type IssuePath } from './issues.js';
import type { Span } from './offsets.js';
import { QuoteFinder } from './quotes.js';

/** An article read from disk: its text, what the text says of itself, and its extraction file. */
export interface ArticleSource {
  id: string;
  textFile: string;
  extractionFile: string;
  text: string;
  sha256: string;
  parsed: ParsedArticle;
  extraction: Extraction;
}

/** What a quote supports: a relationship, or some properties of a node or relationship. */
interface Claim {
  claimId: string;
  subject: NodeRef;
  predicate: EvidenceWrite['predicate'];
  properties?: string[];
  /** The claimId of the relationship the claim is on; absent for node properties. */
  relationship?: string;
}

/** How the file's entities map onto the graph (see entity-resolution.ts). */
export interface Resolution {
  /** The graph id of an entity of the file. */
  id(label: EntityLabel, fileId: string): string;
  /**
   * Whether the node keeps the canonical names (and kind) it has: it exists and
   * another article named it. Then this file's names become aliases only.
   */
  keepsNames(label: EntityLabel | typeof Label.Partnership, graphId: string): boolean;
}
const asWritten: Resolution = { id: (_label, id) => id, keepsNames: () => false };

/** `LEADS:vincent-bollore->bollore`, or `...@partnership` when the same pair can be linked per partnership. */
export function relClaimId(type: FactRelType, from: string, to: string, scope?: string): string {
  return `${type}:${from}->${to}${scope ? `@${scope}` : ''}`;
}

/** `Company:bollore#founded`: a claim about one or more properties of a node. */
export function propertyClaimId(subject: NodeRef, property: string): string {
  return `${subject.label}:${subject.id}#${property}`;
}

function localized(prop: string, values: LocalizedInput | undefined): Props {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([lang, v]) => [`${prop}_${lang}`, v ?? null]),
  );
}

/**
 * The properties an article states. Absent values are left out rather than
 * written as null, which would erase what another article says; retraction
 * removes what an article no longer states.
 */
function given(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

function quotesOf(evidence: EvidenceInput): { quote: string; start?: number }[] {
  return (Array.isArray(evidence) ? evidence : [evidence]).map((q) =>
    typeof q === 'string' ? { quote: q } : q,
  );
}

/**
 * Turns a checked extraction into the nodes, relationships, evidence and
 * aliases to merge. Every quote is located in the article here; those that
 * cannot be are reported as issues with their path in the extraction file.
 */
export function buildArticleGraph(source: ArticleSource, resolution: Resolution = asWritten) {
  return new GraphBuilder(source, resolution).build();
}

class GraphBuilder {
  private readonly issues = new IssueList();
  private readonly finder: QuoteFinder;
  private readonly nodes = new Map<string, NodeWrite>();
  private readonly rels = new Map<string, RelWrite>();
  private readonly evidence = new Map<string, EvidenceWrite>();
  private readonly aliases = new Map<string, AliasWrite>();
  private readonly article: NodeRef;

  constructor(
    private readonly source: ArticleSource,
    private readonly resolution: Resolution,
  ) {
    this.finder = new QuoteFinder(source.text);
    this.article = { label: Label.Article, id: source.id };
  }

  build(): { graph: ArticleGraph; issues: IssueList } {
    const x = this.source.extraction;
    this.addArticle();
    x.sectors.forEach((s, i) => this.addEntity(Label.Sector, s, ['sectors', i], {}));
    x.places.forEach((p, i) => this.addEntity(Label.Place, p, ['places', i], { kind: p.kind }));
    x.companies.forEach((c, i) => this.addCompany(c, ['companies', i]));
    x.people.forEach((p, i) => this.addPerson(p, ['people', i]));
    x.partnerships.forEach((p, i) => this.addPartnership(p, ['partnerships', i]));
    // Remembered so that a reload can withdraw the aliases this article gave.
    this.node(this.article, { aliasKeys: [...this.aliases.keys()].sort() });
    const graph: ArticleGraph = {
      articleId: this.source.id,
      nodes: [...this.nodes.values()],
      rels: [...this.rels.values()],
      evidence: [...this.evidence.values()],
      aliases: [...this.aliases.values()],
    };
    return { graph, issues: this.issues };
  }

  private ref(label: EntityLabel, id: string): NodeRef {
    return { label, id: this.resolution.id(label, id) };
  }

  /** Merges properties into a node; `names` are written as given, nulls included (see ownNames). */
  private node(ref: NodeRef, props: Props, names: Props = {}): NodeRef {
    const key = `${ref.label}:${ref.id}`;
    const existing = this.nodes.get(key);
    if (existing) Object.assign(existing.props, given(props), names);
    else this.nodes.set(key, { ...ref, props: { ...given(props), ...names } });
    return ref;
  }

  private rel(
    type: FactRelType,
    from: NodeRef,
    to: NodeRef,
    props: Props = {},
    scope?: string,
  ): string {
    const claimId = relClaimId(type, from.id, to.id, scope);
    const existing = this.rels.get(claimId);
    if (existing) Object.assign(existing.props, given(props));
    else this.rels.set(claimId, { type, from, to, claimId, props: given(props) });
    return claimId;
  }

  /** Records the quotes supporting a claim, or an issue for each that the article does not contain. */
  private cite(input: EvidenceInput, path: IssuePath, claim: Claim): void {
    const list = quotesOf(input);
    list.forEach((q, i) => {
      const at = Array.isArray(input) ? [...path, i] : path;
      const match = this.finder.find(q.quote, q.start);
      if (!match.ok) {
        const where = match.occurrences.length
          ? ` (it starts at ${match.occurrences.join(', ')})`
          : '';
        const reason =
          match.reason === 'empty'
            ? 'quote is empty'
            : match.reason === 'not-found'
              ? `quote not found in ${this.source.textFile}: "${q.quote}"`
              : `quote does not start at ${q.start}${where}: "${q.quote}"`;
        this.issues.add(at, reason);
        return;
      }
      if (match.span.start >= this.source.parsed.bodyEnd) {
        this.issues.add(
          at,
          `quote is in the site's boilerplate after the article (at ${match.span.start}): "${q.quote}"`,
        );
        return;
      }
      this.addEvidence(match.span, match.text, claim);
    });
  }

  private addEvidence(span: Span, quote: string, claim: Claim): void {
    const id = createHash('sha256')
      .update([this.source.id, claim.claimId, span.start, span.end].join('|'))
      .digest('hex')
      .slice(0, 24);
    const section = this.source.parsed.sections.find(
      (s) => span.start >= s.span.start && span.start < s.span.end,
    );
    this.evidence.set(id, {
      id,
      claimId: claim.claimId,
      subject: claim.subject,
      predicate: claim.predicate,
      properties: claim.properties ?? [],
      relationship: claim.relationship ?? null,
      quote,
      start: span.start,
      end: span.end,
      section: section?.heading ?? null,
    });
  }

  /** A relationship and the quotes that support it. */
  private fact(
    type: FactRelType,
    from: NodeRef,
    to: NodeRef,
    evidence: EvidenceInput,
    path: IssuePath,
    props: Props = {},
    scope?: string,
  ): string {
    const claimId = this.rel(type, from, to, props, scope);
    // A mention is evidence about the entity named, not about the article.
    const subject = type === Rel.MENTIONS ? to : from;
    this.cite(evidence, path, { claimId, subject, predicate: type, relationship: claimId });
    return claimId;
  }

  /** Properties of a node and the quotes that support them. */
  private attribute(
    subject: NodeRef,
    name: string,
    props: Props,
    evidence: EvidenceInput,
    path: IssuePath,
  ) {
    this.node(subject, props);
    this.cite(evidence, path, {
      claimId: propertyClaimId(subject, name),
      subject,
      predicate: 'property',
      properties: Object.keys(props),
    });
  }

  /**
   * The canonical names to write, and that this article gave them; none when
   * another article owns them. Translations it does not give are null, so a
   * name dropped from the file is removed on reload.
   */
  private ownNames(label: EntityLabel | typeof Label.Partnership, id: string, names: Props): Props {
    if (this.resolution.keepsNames(label, id)) return {};
    const unset = Object.fromEntries(LANGUAGES.map((lang) => [`name_${lang}`, null]));
    return { ...unset, ...names, namedBy: this.source.id };
  }

  private alias(entity: NodeRef & { label: EntityLabel }, text: string) {
    const key = `${entity.label}:${foldText(text)}`;
    this.aliases.set(key, { key, text, entity });
  }

  private addArticle() {
    const { parsed, extraction, text } = this.source;
    const meta = extraction.article;
    this.node(this.article, {
      title: parsed.title,
      title_en: meta.titleEn ?? null,
      lede: parsed.lede ?? null,
      language: meta.language,
      publishedOn: parsed.publishedOn,
      author: parsed.author ?? null,
      publisher: meta.publisher ?? null,
      url: meta.url ?? null,
      origin: meta.origin ?? null,
      file: this.source.textFile,
      sha256: this.source.sha256,
      text,
      bodyEnd: parsed.bodyEnd,
      sectionHeadings: parsed.sections.flatMap((s) => (s.heading ? [s.heading] : [])),
    });
    if (parsed.author) {
      const author = this.ref(Label.Person, slugify(parsed.author));
      this.node(author, {}, this.ownNames(Label.Person, author.id, { name: parsed.author }));
      this.alias(author as NodeRef & { label: EntityLabel }, parsed.author);
      const claimId = this.rel(Rel.AUTHORED, author, this.article);
      this.addEvidence(parsed.bylineSpan, this.finder.slice(parsed.bylineSpan), {
        claimId,
        subject: author,
        predicate: Rel.AUTHORED,
        relationship: claimId,
      });
    }
  }

  private addEntity(
    label: EntityLabel,
    e: {
      id: string;
      name: string;
      names?: LocalizedInput;
      aliases: string[];
      evidence: EvidenceInput;
    },
    path: IssuePath,
    props: Props,
  ): NodeRef {
    const ref = this.ref(label, e.id);
    // An entity already in the graph keeps its canonical names; this file's become aliases.
    const names = this.ownNames(label, ref.id, { name: e.name, ...localized('name', e.names) });
    this.node(ref, props, names);
    const entity = ref as NodeRef & { label: EntityLabel };
    for (const text of [e.name, ...Object.values(e.names ?? {}), ...e.aliases]) {
      if (text) this.alias(entity, text);
    }
    this.fact(Rel.MENTIONS, this.article, ref, e.evidence, [...path, 'evidence']);
    return ref;
  }

  private addCompany(c: CompanyInput, at: IssuePath) {
    const company = this.addEntity(Label.Company, c, at, {});
    const place = (id: string) => this.ref(Label.Place, id);
    const sector = (id: string) => this.ref(Label.Sector, id);
    if (c.country)
      this.fact(Rel.BASED_IN_COUNTRY, company, place(c.country.place), c.country.evidence, [
        ...at,
        'country',
        'evidence',
      ]);
    if (c.headquarters) {
      this.fact(
        Rel.HEADQUARTERED_IN,
        company,
        place(c.headquarters.place),
        c.headquarters.evidence,
        [...at, 'headquarters', 'evidence'],
      );
    }
    if (c.founded)
      this.attribute(company, 'founded', { foundedYear: c.founded.year }, c.founded.evidence, [
        ...at,
        'founded',
        'evidence',
      ]);
    if (c.employees) {
      const e = c.employees;
      const asOf = e.asOf ? CalendarDate.parseIso(e.asOf) : this.source.parsed.publishedOn;
      const props = {
        employeesExact: e.exact ?? null,
        employeesAtLeast: e.atLeast ?? null,
        employeesAtMost: e.atMost ?? null,
        employeesAsOf: asOf ?? null,
      };
      this.attribute(company, 'employees', props, e.evidence, [...at, 'employees', 'evidence']);
    }
    c.sectors.forEach((s, j) =>
      this.fact(Rel.ACTIVE_IN, company, sector(s.sector), s.evidence, [
        ...at,
        'sectors',
        j,
        'evidence',
      ]),
    );
    c.offers.forEach((s, j) =>
      this.fact(Rel.OFFERS, company, sector(s.sector), s.evidence, [
        ...at,
        'offers',
        j,
        'evidence',
      ]),
    );
    c.rankings.forEach((r, j) => {
      const props = {
        rank: r.rank ?? null,
        rankAtMost: r.rankAtMost ?? null,
        rankWithin: r.within ? place(r.within).id : null,
      };
      // The quote supports both that the company is in the sector and its rank there.
      const path = [...at, 'rankings', j, 'evidence'];
      const claimId = this.fact(Rel.ACTIVE_IN, company, sector(r.sector), r.evidence, path, props);
      this.cite(r.evidence, path, {
        claimId: `${claimId}#ranking`,
        relationship: claimId,
        subject: company,
        predicate: Rel.ACTIVE_IN,
        properties: Object.keys(props),
      });
    });
    if (c.parent) {
      const parent = this.ref(Label.Company, c.parent.company);
      this.fact(
        Rel.SUBSIDIARY_OF,
        company,
        parent,
        c.parent.evidence,
        [...at, 'parent', 'evidence'],
        {
          kind: c.parent.kind,
          ...localized('note', c.parent.note),
        },
      );
    }
  }

  private addPerson(p: PersonInput, at: IssuePath) {
    const person = this.addEntity(Label.Person, p, at, {});
    p.roles.forEach((role, j) => {
      const asOf = role.asOf ? CalendarDate.parseIso(role.asOf) : undefined;
      this.fact(
        role.type,
        person,
        this.ref(Label.Company, role.company),
        role.evidence,
        [...at, 'roles', j, 'evidence'],
        {
          ...localized('title', role.title),
          asOf: asOf ?? null,
        },
      );
    });
  }

  private addPartnership(p: PartnershipInput, at: IssuePath) {
    const partnership = this.node(
      { label: Label.Partnership, id: p.id },
      {},
      this.ownNames(Label.Partnership, p.id, {
        name: p.name,
        ...localized('name', p.names),
        kind: p.kind,
      }),
    );
    this.fact(Rel.MENTIONS, this.article, partnership, p.evidence, [...at, 'evidence']);
    const date = (d: { date: string } | undefined) =>
      d ? (CalendarDate.parseIso(d.date) ?? null) : null;
    const attributes: [string, Props, { evidence: EvidenceInput } | undefined][] = [
      ['scope', { scope: p.scope?.value ?? null }, p.scope],
      ['signedOn', { signedOn: date(p.signedOn) }, p.signedOn],
      ['startsOn', { startsOn: date(p.startsOn) }, p.startsOn],
      ['endsOn', { endsOn: date(p.endsOn) }, p.endsOn],
      [
        'amount',
        {
          amountDisclosed: p.amount?.disclosed ?? null,
          amountValue: p.amount?.value ?? null,
          amountCurrency: p.amount?.currency ?? null,
        },
        p.amount,
      ],
      [
        'includesSubsidiaries',
        { includesSubsidiaries: p.includesSubsidiaries?.value ?? null },
        p.includesSubsidiaries,
      ],
    ];
    for (const [name, props, given] of attributes) {
      if (given)
        this.attribute(partnership, name, props, given.evidence, [...at, name, 'evidence']);
    }
    if (p.objectives.length > 0) {
      const langs = [
        ...new Set(p.objectives.flatMap((o) => Object.keys(o.text))),
      ] as (keyof LocalizedInput)[];
      const props = Object.fromEntries(
        langs.map((lang) => [`objectives_${lang}`, p.objectives.map((o) => o.text[lang] ?? '')]),
      );
      this.node(partnership, props);
      p.objectives.forEach((o, j) => {
        this.cite(o.evidence, [...at, 'objectives', j, 'evidence'], {
          claimId: propertyClaimId(partnership, 'objectives'),
          subject: partnership,
          predicate: 'property',
          properties: Object.keys(props),
        });
      });
    }

    const company = (id: string) => this.ref(Label.Company, id);
    p.parties.forEach((party, j) => {
      this.fact(
        Rel.PARTY_TO,
        company(party.company),
        partnership,
        party.evidence,
        [...at, 'parties', j, 'evidence'],
        { role: party.role },
      );
    });
    this.addPartnerEdges(p, partnership, at);
    p.domains.forEach((d, j) => {
      this.fact(
        Rel.COVERS,
        partnership,
        this.ref(Label.Sector, d.sector),
        d.evidence,
        [...at, 'domains', j, 'evidence'],
        { focus: d.focus },
      );
    });
    p.markets.forEach((m, j) =>
      this.fact(Rel.TARGETS, partnership, this.ref(Label.Place, m.place), m.evidence, [
        ...at,
        'markets',
        j,
        'evidence',
      ]),
    );
    p.contributions.forEach((c, j) => {
      const beneficiary = company(c.beneficiary).id;
      for (const s of c.sectors) {
        this.fact(
          Rel.CONTRIBUTES,
          company(c.company),
          this.ref(Label.Sector, s),
          c.evidence,
          [...at, 'contributions', j, 'evidence'],
          { partnershipId: p.id, beneficiaryId: beneficiary },
          `${p.id}/${beneficiary}`,
        );
      }
    });
    p.projects.forEach((pr, j) => {
      const pat = [...at, 'projects', j];
      const project = this.addEntity(Label.Project, pr, pat, { status: pr.status });
      const ev = [...pat, 'evidence'];
      this.fact(Rel.INCLUDES, partnership, project, pr.evidence, ev);
      if (pr.lead) this.fact(Rel.LEADS_PROJECT, company(pr.lead), project, pr.evidence, ev);
      for (const s of pr.sectors)
        this.fact(Rel.IN_SECTOR, project, this.ref(Label.Sector, s), pr.evidence, ev);
      for (const pl of pr.places)
        this.fact(Rel.LOCATED_IN, project, this.ref(Label.Place, pl), pr.evidence, ev);
    });
  }

  /**
   * The direct company-to-company edge of the partnership's kind, for fast
   * traversal: one per pair of parties, from source to target for directed
   * kinds, from the smaller id to the larger for symmetric ones.
   */
  private addPartnerEdges(p: PartnershipInput, partnership: NodeRef, at: IssuePath) {
    const { edge, directed } = PARTNERSHIP_KINDS[p.kind];
    const parties = p.parties.map((party) => ({
      ...party,
      ref: this.ref(Label.Company, party.company),
    }));
    const props = {
      partnershipId: p.id,
      kind: p.kind,
      signedOn: p.signedOn ? (CalendarDate.parseIso(p.signedOn.date) ?? null) : null,
    };
    for (const a of parties) {
      for (const b of parties) {
        const linked = directed
          ? PARTY_ROLES[a.role] === 'source' && PARTY_ROLES[b.role] === 'target'
          : a.ref.id < b.ref.id;
        if (!linked) continue;
        this.fact(edge, a.ref, b.ref, p.evidence, [...at, 'evidence'], props, partnership.id);
      }
    }
  }
}
