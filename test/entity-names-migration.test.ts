import { describe, expect, it } from 'vitest';
import { reportedFromStored } from '../src/neo4j/migrations/004-entity-names.js';

/** Alibaba as the seed named it in a graph of before. */
const alibaba = { id: 'alibaba', name: 'Alibaba', name_en: 'Alibaba Group', namedBy: 'seed' };

describe('what migration 004 records for an article of a graph loaded before', () => {
  it('gives the naming article the names the node has', () => {
    expect(reportedFromStored(alibaba, 'seed', ['Alibaba', 'Alibaba Group'], false)).toMatchObject({
      reportedName: 'Alibaba',
      reportedName_en: 'Alibaba Group',
      reportedName_fr: null,
    });
  });

  it('gives another article the name it gave among its aliases, never a name it did not give', () => {
    expect(reportedFromStored(alibaba, 'later', ['Alibaba Group'], false)).toMatchObject({
      reportedName: 'Alibaba Group',
      reportedName_en: null,
    });
    expect(reportedFromStored(alibaba, 'later', ['ALIBABA', 'Alibaba Group'], false)).toMatchObject(
      {
        reportedName: 'Alibaba',
        reportedName_en: 'Alibaba Group',
      },
    );
  });

  it("keeps a place's kind whoever reports it, and only a name for a byline", () => {
    const china = { id: 'china', name: 'China', kind: 'COUNTRY', namedBy: 'seed' };
    expect(reportedFromStored(china, 'later', ['Chine'], false)).toMatchObject({
      reportedName: 'Chine',
      reportedKind: 'COUNTRY',
    });
    expect(
      reportedFromStored({ name: 'Jeanne Test', namedBy: 'x' }, 'x', ['Jeanne Test'], true),
    ).toEqual({
      reportedName: 'Jeanne Test',
    });
  });
});
