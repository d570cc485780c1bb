import { foldText } from '../graph/text.js';
import {
  DIRECTED_ROLES,
  type EntityLabel,
  PARTIES_SPEAKER,
  PARTY_ROLES,
} from '../graph/vocabulary.js';
import type { Extraction } from './extraction-schema.js';
import type { IssueList, IssuePath } from './issues.js';

/** Where each id of the file is declared, and as what. */
export type Declarations = Map<string, { label: EntityLabel | 'Partnership'; path: IssuePath }>;

const NOUN: Record<EntityLabel | 'Partnership', string> = {
  Company: 'company',
  Person: 'person',
  Sector: 'sector',
  Place: 'place',
  Project: 'project',
  Partnership: 'partnership',
};

const SECTION: Record<EntityLabel, string> = {
  Company: 'companies',
  Person: 'people',
  Sector: 'sectors',
  Place: 'places',
  Project: 'partnerships[].projects',
};

/** Collects every declared id; a duplicate id is an issue wherever it appears. */
export function declarations(extraction: Extraction, issues: IssueList): Declarations {
  const declared: Declarations = new Map();
  const declare = (id: string, label: EntityLabel | 'Partnership', path: IssuePath) => {
    const previous = declared.get(id);
    if (previous) {
      issues.add([...path, 'id'], `id "${id}" is already declared at ${previous.path.join('.')}`);
      return;
    }
    declared.set(id, { label, path });
  };
  extraction.companies.forEach((c, i) => declare(c.id, 'Company', ['companies', i]));
  extraction.people.forEach((p, i) => declare(p.id, 'Person', ['people', i]));
  extraction.sectors.forEach((s, i) => declare(s.id, 'Sector', ['sectors', i]));
  extraction.places.forEach((p, i) => declare(p.id, 'Place', ['places', i]));
  extraction.partnerships.forEach((p, i) => {
    declare(p.id, 'Partnership', ['partnerships', i]);
    p.projects.forEach((pr, j) => declare(pr.id, 'Project', ['partnerships', i, 'projects', j]));
  });
  return declared;
}

/**
 * Checks what a schema cannot: every reference names a declared entity of the
 * right kind, partnership roles fit the kind, and no alias names two entities.
 */
export function checkExtraction(extraction: Extraction, issues: IssueList): Declarations {
  const declared = declarations(extraction, issues);
  const ref = (id: string | undefined, label: EntityLabel, path: IssuePath) => {
    if (id === undefined) return;
    const found = declared.get(id);
    if (!found) {
      issues.add(path, `unknown ${NOUN[label]} "${id}": declare it under ${SECTION[label]}`);
    } else if (found.label !== label) {
      issues.add(path, `"${id}" is a ${NOUN[found.label]}, expected a ${NOUN[label]}`);
    }
  };

  extraction.companies.forEach((c, i) => {
    const at = ['companies', i];
    ref(c.country?.place, 'Place', [...at, 'country', 'place']);
    ref(c.headquarters?.place, 'Place', [...at, 'headquarters', 'place']);
    c.sectors.forEach((s, j) => ref(s.sector, 'Sector', [...at, 'sectors', j, 'sector']));
    c.offers.forEach((s, j) => ref(s.sector, 'Sector', [...at, 'offers', j, 'sector']));
    c.rankings.forEach((r, j) => {
      ref(r.sector, 'Sector', [...at, 'rankings', j, 'sector']);
      ref(r.within, 'Place', [...at, 'rankings', j, 'within']);
    });
    ref(c.parent?.company, 'Company', [...at, 'parent', 'company']);
    if (c.parent?.company === c.id)
      issues.add([...at, 'parent', 'company'], 'a company cannot be its own parent');
  });
  extraction.people.forEach((p, i) =>
    p.roles.forEach((r, j) => ref(r.company, 'Company', ['people', i, 'roles', j, 'company'])),
  );
  extraction.partnerships.forEach((p, i) => {
    const at = ['partnerships', i];
    const seen = new Set<string>();
    p.parties.forEach((party, j) => {
      ref(party.company, 'Company', [...at, 'parties', j, 'company']);
      if (seen.has(party.company))
        issues.add([...at, 'parties', j, 'company'], `"${party.company}" is listed twice`);
      seen.add(party.company);
    });
    checkRoles(p.kind, p.parties, [...at, 'parties'], issues);
    p.domains.forEach((d, j) => ref(d.sector, 'Sector', [...at, 'domains', j, 'sector']));
    p.markets.forEach((m, j) => ref(m.place, 'Place', [...at, 'markets', j, 'place']));
    p.contributions.forEach((c, j) => {
      ref(c.company, 'Company', [...at, 'contributions', j, 'company']);
      ref(c.beneficiary, 'Company', [...at, 'contributions', j, 'beneficiary']);
      c.sectors.forEach((s, k) => ref(s, 'Sector', [...at, 'contributions', j, 'sectors', k]));
    });
    p.statements.forEach((st, j) => {
      const path = [...at, 'statements', j, 'by'];
      if (st.by === PARTIES_SPEAKER) return;
      const found = declared.get(st.by);
      if (!found)
        issues.add(
          path,
          `unknown speaker "${st.by}": declare them under people or companies, or write ${PARTIES_SPEAKER} for the parties together`,
        );
      else if (found.label !== 'Person' && found.label !== 'Company')
        issues.add(path, `"${st.by}" is a ${NOUN[found.label]}, expected a person or a company`);
    });
    p.projects.forEach((pr, j) => {
      const pat = [...at, 'projects', j];
      ref(pr.lead, 'Company', [...pat, 'lead']);
      pr.sectors.forEach((s, k) => ref(s, 'Sector', [...pat, 'sectors', k]));
      pr.places.forEach((s, k) => ref(s, 'Place', [...pat, 'places', k]));
    });
  });
  checkAliases(extraction, declared, issues);
  return declared;
}

function checkRoles(
  kind: Extraction['partnerships'][number]['kind'],
  parties: Extraction['partnerships'][number]['parties'],
  path: IssuePath,
  issues: IssueList,
) {
  const directed = DIRECTED_ROLES[kind];
  parties.forEach((party, j) => {
    const allowed = directed ? [...directed, 'PARTICIPANT'] : ['SIGNATORY', 'PARTICIPANT'];
    if (!allowed.includes(party.role)) {
      issues.add(
        [...path, j, 'role'],
        `role ${party.role} does not fit a ${kind}; use one of ${allowed.join(', ')}`,
      );
    }
  });
  if (directed) {
    for (const side of ['source', 'target'] as const) {
      if (!parties.some((p) => PARTY_ROLES[p.role] === side)) {
        issues.add(
          path,
          `a ${kind} needs a party with role ${side === 'source' ? directed[0] : directed[1]}`,
        );
      }
    }
  }
}

/** Two entities of the same kind may not share a name or alias: resolution would be ambiguous. */
function checkAliases(extraction: Extraction, declared: Declarations, issues: IssueList) {
  const owners = new Map<string, string>();
  const named = [
    ...extraction.companies.map((e, i) => ({ e, path: ['companies', i] })),
    ...extraction.people.map((e, i) => ({ e, path: ['people', i] })),
    ...extraction.sectors.map((e, i) => ({ e, path: ['sectors', i] })),
    ...extraction.places.map((e, i) => ({ e, path: ['places', i] })),
    ...extraction.partnerships.flatMap((p, i) =>
      p.projects.map((e, j) => ({ e, path: ['partnerships', i, 'projects', j] })),
    ),
  ];
  for (const { e, path } of named) {
    const label = declared.get(e.id)?.label;
    const texts: [string | undefined, IssuePath][] = [
      [e.name, [...path, 'name']],
      ...Object.entries(e.names ?? {}).map(([lang, text]): [string | undefined, IssuePath] => [
        text,
        [...path, 'names', lang],
      ]),
      ...e.aliases.map((text, i): [string, IssuePath] => [text, [...path, 'aliases', i]]),
    ];
    for (const [text, at] of texts) {
      if (text === undefined) continue;
      const key = `${label}:${foldText(text)}`;
      const owner = owners.get(key);
      if (owner && owner !== e.id)
        issues.add(at, `"${text}" also names "${owner}"; a name or alias must name one entity`);
      owners.set(key, e.id);
    }
  }
}
