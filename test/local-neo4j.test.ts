import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { fetchClasspath, LocalNeo4jError } from '../src/neo4j/local/local-neo4j.js';
import { tempDir } from './helpers/temp-dir.js';

describe('the local Neo4j on a machine without Java or Maven', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('says what is missing and names the alternatives', () => {
    const dir = tempDir('local');
    process.env.PATH = '/nonexistent';
    expect(() => fetchClasspath(dir, silentLogger)).toThrow(LocalNeo4jError);
    expect(() => fetchClasspath(dir, silentLogger)).toThrow(
      /Java 17 is needed to run the local Neo4j[\s\S]*NEO4J_URI[\s\S]*Docker engine/,
    );
  });
});
