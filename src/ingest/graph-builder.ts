import { evidenceId, propertyClaimId, relClaimId } from '../graph/claim-id.js';
import type {
  AliasWrite,
  ArticleGraph,
  EvidenceWrite,
  NodeRef,
  NodeWrite,
  Props,
  RelWrite,
} from '../graph/model.js';
import { reportedKey } from '../graph/reported-names.js';
import { aliasKey } from '../graph/text.js';
import { type EntityLabel, type FactRelType, Label, Rel } from '../graph/vocabulary.js';
import type { ParsedArticle } from './article-parser.js';
import type { EvidenceInput, Extraction, LocalizedInput } from './extraction-schema.js';
import { IssueList, type IssuePath } from './issues.js';
import type { Span } from './offsets.js';
import { QuoteFinder } from './quotes.js';

/** An article read from disk: its text, what the text says of itself, and its extraction file. */
export interface ArticleSource {
  id: string;
  textFile: string;
  extractionFile: string;
  text: string;
  /** sha256 of the text. */
  sha256: string;
  /**
   * sha256 of the extraction file as read. With `sha256` it tells an unchanged
   * article from an edited one, so loads can skip what is already in the graph.
   */
  extractionSha256?: string;
  parsed: ParsedArticle;
  extraction: Extraction;
}

/** What a quote supports: a relationship, or some properties of a node or relationship. */
interface Claim {
  claimId: string;
  subject: NodeRef;
  predicate: EvidenceWrite['predicate'];
  properties?: string[];
  /** What the article states those properties are (absent ones left out). */
  values?: Props;
  /** The claimId of the relationship the claim is on; absent for node properties. */
  relationship?: string;
}

/** How the file's entities map onto the graph (see entity-resolution.ts). */
export interface Resolution {
  /** The graph id of an entity or partnership of the file. */
  id(label: EntityLabel | typeof Label.Partnership, fileId: string): string;
}
export const asWritten: Resolution = { id: (_label, id) => id };

/** `{ fr: 'logistique' }` → `{ name_fr: 'logistique' }`. */
export function localized(prop: string, values: LocalizedInput | undefined): Props {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([lang, v]) => [`${prop}_${lang}`, v ?? null]),
  );
}

/**
 * The properties an article states. Absent values are left out rather than
 * written as null, which would erase what another article says; retraction
 * removes what an article no longer states.
 */
export function given(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

function quotesOf(evidence: EvidenceInput): { quote: string; start?: number }[] {
  return (Array.isArray(evidence) ? evidence : [evidence]).map((q) =>
    typeof q === 'string' ? { quote: q } : q,
  );
}

/**
 * Collects what one article contributes to the graph: nodes, relationships,
 * evidence and aliases, merged by key. Every quote is located here; those that
 * cannot be are reported as issues with their path in the extraction file.
 * The section modules (company-claims.ts, partnership-claims.ts, …) call it;
 * article-graph.ts drives them.
 */
export class GraphBuilder {
  private readonly issues = new IssueList();
  readonly finder: QuoteFinder;
  private readonly nodes = new Map<string, NodeWrite>();
  private readonly rels = new Map<string, RelWrite>();
  private readonly evidence = new Map<string, EvidenceWrite>();
  private readonly aliases = new Map<string, AliasWrite>();
  /** The Article node. */
  readonly article: NodeRef;

  constructor(
    readonly source: ArticleSource,
    private readonly resolution: Resolution,
  ) {
    this.finder = new QuoteFinder(source.text);
    this.article = { label: Label.Article, id: source.id };
  }

  /** The article's graph, and the quotes that could not be located. */
  result(): { graph: ArticleGraph; issues: IssueList } {
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

  ref(label: EntityLabel, id: string): NodeRef {
    return { label, id: this.resolution.id(label, id) };
  }

  /** The agreement a partnership of the file reports (partnership-resolution.ts). */
  partnership(fileId: string): NodeRef {
    return { label: Label.Partnership, id: this.resolution.id(Label.Partnership, fileId) };
  }

  /** Merges properties into a node; `names` are written as given, nulls included (see ownNames). */
  node(ref: NodeRef, props: Props, names: Props = {}): NodeRef {
    const key = `${ref.label}:${ref.id}`;
    const existing = this.nodes.get(key);
    if (existing) Object.assign(existing.props, given(props), names);
    else this.nodes.set(key, { ...ref, props: { ...given(props), ...names } });
    return ref;
  }

  rel(type: FactRelType, from: NodeRef, to: NodeRef, props: Props = {}, scope?: string): string {
    const claimId = relClaimId(type, from.id, to.id, scope);
    const existing = this.rels.get(claimId);
    if (existing) Object.assign(existing.props, given(props));
    else this.rels.set(claimId, { type, from, to, claimId, props: given(props) });
    return claimId;
  }

  /** Records the quotes supporting a claim, or an issue for each that the article does not contain. */
  cite(input: EvidenceInput, path: IssuePath, claim: Claim): void {
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

  addEvidence(span: Span, quote: string, claim: Claim): void {
    const id = evidenceId(this.source.id, claim.claimId, span.start, span.end);
    const section = this.source.parsed.sections.find(
      (s) => span.start >= s.span.start && span.start < s.span.end,
    );
    this.evidence.set(id, {
      id,
      claimId: claim.claimId,
      subject: claim.subject,
      predicate: claim.predicate,
      properties: claim.properties ?? [],
      values: claim.values ?? {},
      relationship: claim.relationship ?? null,
      quote,
      start: span.start,
      end: span.end,
      section: section?.heading ?? null,
    });
  }

  /** A relationship and the quotes that support it. */
  fact(
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
  attribute(
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
      values: given(props),
    });
  }

  /**
   * What this article calls a node (names, and props such as a place's kind),
   * for its own edge to it: the node takes them from its earliest report
   * (src/neo4j/entity-names.ts), not from whichever article came last.
   */
  reported(props: Props): Props {
    return given(Object.fromEntries(Object.entries(props).map(([k, v]) => [reportedKey(k), v])));
  }

  alias(entity: NodeRef & { label: EntityLabel }, text: string) {
    const key = aliasKey(entity.label, text);
    this.aliases.set(key, { key, text, entity });
  }

  addEntity(
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
    this.node(ref, {});
    const entity = ref as NodeRef & { label: EntityLabel };
    for (const text of [e.name, ...Object.values(e.names ?? {}), ...e.aliases]) {
      if (text) this.alias(entity, text);
    }
    // Its names and props as this article gives them; every name is also an alias.
    const reported = this.reported({ name: e.name, ...localized('name', e.names), ...props });
    this.fact(Rel.MENTIONS, this.article, ref, e.evidence, [...path, 'evidence'], reported);
    return ref;
  }
}
