import type { NodeRef } from '../graph/model.js';
import { slugify } from '../graph/text.js';
import { type EntityLabel, Label, Rel } from '../graph/vocabulary.js';
import { addCompany, addPerson } from './company-claims.js';
import { type ArticleSource, asWritten, GraphBuilder, type Resolution } from './graph-builder.js';
import { addPartnership } from './partnership-claims.js';

/**
 * Turns a checked extraction into the nodes, relationships, evidence and
 * aliases to merge. Every quote is located in the article here; those that
 * cannot be are reported as issues with their path in the extraction file.
 */
export function buildArticleGraph(source: ArticleSource, resolution: Resolution = asWritten) {
  const b = new GraphBuilder(source, resolution);
  const x = source.extraction;
  addArticle(b);
  x.sectors.forEach((s, i) => b.addEntity(Label.Sector, s, ['sectors', i], {}));
  x.places.forEach((p, i) => b.addEntity(Label.Place, p, ['places', i], { kind: p.kind }));
  x.companies.forEach((c, i) => addCompany(b, c, ['companies', i]));
  x.people.forEach((p, i) => addPerson(b, p, ['people', i]));
  x.partnerships.forEach((p, i) => addPartnership(b, p, ['partnerships', i]));
  return b.result();
}

/** The article's own metadata, parsed from its text, and its author. */
function addArticle(b: GraphBuilder): void {
  const { parsed, extraction, text } = b.source;
  const meta = extraction.article;
  b.node(b.article, {
    title: parsed.title,
    title_en: meta.titleEn ?? null,
    lede: parsed.lede ?? null,
    language: meta.language,
    publishedOn: parsed.publishedOn,
    author: parsed.author ?? null,
    publisher: meta.publisher ?? null,
    url: meta.url ?? null,
    origin: meta.origin ?? null,
    file: b.source.textFile,
    sha256: b.source.sha256,
    extractionSha256: b.source.extractionSha256 ?? null,
    text,
    bodyEnd: parsed.bodyEnd,
    sectionHeadings: parsed.sections.flatMap((s) => (s.heading ? [s.heading] : [])),
  });
  if (parsed.author) {
    const author = b.ref(Label.Person, slugify(parsed.author));
    b.node(author, {});
    b.alias(author as NodeRef & { label: EntityLabel }, parsed.author);
    // The byline's name, for a person the article does not otherwise name.
    const claimId = b.rel(Rel.AUTHORED, author, b.article, b.reported({ name: parsed.author }));
    b.addEvidence(parsed.bylineSpan, b.finder.slice(parsed.bylineSpan), {
      claimId,
      subject: author,
      predicate: Rel.AUTHORED,
      relationship: claimId,
    });
  }
}
