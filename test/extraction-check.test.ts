import { describe, expect, it } from 'vitest';
import { checkExtraction } from '../src/ingest/extraction-check.js';
import { ExtractionSchema } from '../src/ingest/extraction-schema.js';
import { formatPath, IssueList } from '../src/ingest/issues.js';
import { THREE_PARTY_EXTRACTION } from './helpers/article.js';

function check(mutate: (x: typeof THREE_PARTY_EXTRACTION) => void): string[] {
  const data = structuredClone(THREE_PARTY_EXTRACTION);
  mutate(data);
  const issues = new IssueList();
  checkExtraction(ExtractionSchema.parse(data), issues);
  return issues.items.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

describe('checkExtraction', () => {
  it('accepts a consistent file', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('names a reference to nothing, and one to the wrong kind', () => {
    expect(
      check((x) => {
        const [p] = x.partnerships;
        if (p?.contributions[0]) p.contributions[0].sectors = ['logistic'];
        if (p?.parties[2]) p.parties[2].company = 'logistics';
      }),
    ).toEqual([
      'partnerships[0].parties[2].company: "logistics" is a sector, expected a company',
      'partnerships[0].contributions[0].sectors[0]: unknown sector "logistic": declare it under sectors',
    ]);
  });

  it('names a statement’s unknown speaker, and one that is neither a person nor a company', () => {
    expect(
      check((x) => {
        const [p] = x.partnerships;
        if (p)
          Object.assign(p, {
            statements: [
              { by: 'nobody', evidence: 'x' },
              { by: 'logistics', evidence: 'y' },
              { by: 'PARTIES', evidence: 'z' },
            ],
          });
      }),
    ).toEqual([
      'partnerships[0].statements[0].by: unknown speaker "nobody": declare them under people or companies, or write PARTIES for the parties together',
      'partnerships[0].statements[1].by: "logistics" is a sector, expected a person or a company',
    ]);
  });

  it('requires both sides of a directed kind, and roles that fit the kind', () => {
    const issues = check((x) => {
      const [p] = x.partnerships;
      if (p?.parties[2]) p.parties[2].role = 'SIGNATORY';
    });
    expect(issues).toEqual([
      'partnerships[0].parties[2].role: role SIGNATORY does not fit a INVESTMENT; use one of INVESTOR, INVESTEE, PARTICIPANT',
      'partnerships[0].parties: a INVESTMENT needs a party with role INVESTEE',
    ]);
  });

  it('refuses a duplicate id, a party listed twice, and an alias naming two entities', () => {
    const issues = check((x) => {
      x.companies.push({ id: 'alpha', name: 'Alpha bis', evidence: 'Alpha' });
      const [p] = x.partnerships;
      if (p?.parties[1]) p.parties[1].company = 'alpha';
      (x.companies[1] as { aliases?: string[] }).aliases = ['ALPHA'];
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'companies[3].id: id "alpha" is already declared at companies.0',
        'partnerships[0].parties[1].company: "alpha" is listed twice',
        'companies[1].aliases[0]: "ALPHA" also names "alpha"; a name or alias must name one entity',
      ]),
    );
  });
});
