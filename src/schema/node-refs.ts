import type {
  ArticleRecord,
  CompanyRecord,
  EvidenceRecord,
  NodeRecord,
  PartnershipRecord,
  PersonRecord,
  PlaceRecord,
  ProjectRecord,
  SectorRecord,
} from '../graph/records.js';
import type { NodeLabel } from '../graph/vocabulary.js';
import { Label } from '../graph/vocabulary.js';
import { nodesById } from '../neo4j/reads/nodes.js';
import { builder } from './builder.js';

/**
 * The Relay node types, declared here with how they load (one statement per
 * type and request depth, by id) and implemented each in its own file. Keeping
 * the refs together lets any field return any node, evidence subjects included,
 * without files importing each other in a circle.
 */
function nodeRef<T extends NodeRecord>(label: NodeLabel) {
  return builder.loadableNodeRef<T, string, string, string>(label, {
    id: { resolve: (node) => node.id },
    load: (ids, ctx) => ctx.reader.column<T>(nodesById(label, ids), 'node'),
    // Rows come in any order and unknown ids have none: sort puts each in place, null where missing.
    sort: (node) => node.id,
  });
}

export const Company = nodeRef<CompanyRecord>(Label.Company);
export const Person = nodeRef<PersonRecord>(Label.Person);
export const Sector = nodeRef<SectorRecord>(Label.Sector);
export const Place = nodeRef<PlaceRecord>(Label.Place);
export const Project = nodeRef<ProjectRecord>(Label.Project);
export const Partnership = nodeRef<PartnershipRecord>(Label.Partnership);
export const Article = nodeRef<ArticleRecord>(Label.Article);
export const Evidence = nodeRef<EvidenceRecord>(Label.Evidence);

export const NODE_REFS = {
  Company,
  Person,
  Sector,
  Place,
  Project,
  Partnership,
  Article,
  Evidence,
} as const satisfies Record<NodeLabel, unknown>;
