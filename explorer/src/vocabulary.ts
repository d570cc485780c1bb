import type { NodeKind, RelationshipType } from './gql/graphql';

/** How each kind of node is drawn and named; the legend reads the same table. */
export const NODE_KINDS: Record<NodeKind, { color: string; label: string }> = {
  COMPANY: { color: '#1f5fbf', label: 'Company' },
  PERSON: { color: '#b3306b', label: 'Person' },
  PARTNERSHIP: { color: '#c25e00', label: 'Partnership' },
  SECTOR: { color: '#2e7d32', label: 'Sector' },
  PLACE: { color: '#6a3fb5', label: 'Place' },
  PROJECT: { color: '#00796b', label: 'Project' },
  ARTICLE: { color: '#616161', label: 'Article' },
};

export interface EdgeStyle {
  color: string;
  size: number;
  /** Directed edges get an arrow. */
  directed: boolean;
  label: string;
}

const partnership = (color: string, label: string, directed = false): EdgeStyle => ({
  color,
  size: 4,
  directed,
  label,
});
const plain = (label: string, directed = true): EdgeStyle => ({
  color: '#9e9e9e',
  size: 1.5,
  directed,
  label,
});

/** Partnership kinds are thick and coloured (one colour each); other facts thin and grey. */
export const RELATIONSHIPS: Record<RelationshipType, EdgeStyle> = {
  SIGNED_MOU_WITH: partnership('#e65100', 'memorandum of understanding'),
  ALLIED_WITH: partnership('#0277bd', 'strategic alliance'),
  JOINT_VENTURE_WITH: partnership('#6a1b9a', 'joint venture'),
  COMMERCIAL_AGREEMENT_WITH: partnership('#2e7d32', 'commercial agreement'),
  RESEARCHES_WITH: partnership('#00838f', 'research collaboration'),
  MERGED_WITH: partnership('#4e342e', 'merger'),
  SUPPLIES: partnership('#827717', 'supply agreement', true),
  LICENSES_TO: partnership('#ad1457', 'licensing agreement', true),
  DISTRIBUTES_FOR: partnership('#5d4037', 'distribution agreement', true),
  INVESTED_IN: partnership('#283593', 'investment', true),
  ACQUIRED: partnership('#b71c1c', 'acquisition', true),
  PARTY_TO: plain('party to'),
  CONTRIBUTES: plain('contributes to'),
  COVERS: plain('covers'),
  TARGETS: plain('targets'),
  INCLUDES: plain('includes'),
  LEADS: plain('leads'),
  FOUNDED: plain('founded'),
  BOARD_MEMBER_OF: plain('board member of'),
  EMPLOYED_BY: plain('employed by'),
  SUBSIDIARY_OF: plain('subsidiary of'),
  BASED_IN_COUNTRY: plain('based in'),
  HEADQUARTERED_IN: plain('headquartered in'),
  ACTIVE_IN: plain('active in'),
  OFFERS: plain('offers'),
  LEADS_PROJECT: plain('leads project'),
  IN_SECTOR: plain('in sector'),
  LOCATED_IN: plain('located in'),
  MENTIONS: plain('mentions'),
  AUTHORED: plain('wrote'),
  STATED: plain('said of'),
};

/** The relationships the filter offers, partnerships first. */
export const FILTERABLE_RELATIONSHIPS = (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter(
  (type) => type !== 'MENTIONS' && type !== 'AUTHORED',
);
