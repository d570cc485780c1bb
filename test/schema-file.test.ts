import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_REL_TYPES, Label } from '../src/graph/vocabulary.js';
import { CONSTRAINTS_FILE, splitCypherScript } from '../src/neo4j/schema.js';

const statements = splitCypherScript(readFileSync(CONSTRAINTS_FILE, 'utf8'));

describe('schema/constraints.cypher', () => {
  it('is idempotent: every statement says IF NOT EXISTS', () => {
    expect(statements.length).toBeGreaterThan(40);
    for (const s of statements) expect(s).toMatch(/ IF NOT EXISTS/);
  });

  it('gives every label of the vocabulary a unique id (or key)', () => {
    for (const label of Object.values(Label)) {
      expect(
        statements.some((s) =>
          new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.(id|key) IS UNIQUE`).test(s),
        ),
        label,
      ).toBe(true);
    }
  });

  it('gives every fact relationship type a unique claimId', () => {
    for (const type of FACT_REL_TYPES) {
      expect(
        statements.some((s) => s.includes(`FOR ()-[r:${type}]-() REQUIRE r.claimId IS UNIQUE`)),
        type,
      ).toBe(true);
    }
  });

  it('indexes names for accent- and case-insensitive search', () => {
    expect(statements.find((s) => s.includes('entity_names'))).toMatch(/standard-folding/);
  });
});

describe('splitCypherScript', () => {
  it('drops comments and splits on semicolons at line ends only', () => {
    expect(splitCypherScript("// c\nRETURN 'a;b';\nRETURN 1\n  ;\n")).toEqual([
      "RETURN 'a;b'",
      'RETURN 1',
    ]);
  });
});
