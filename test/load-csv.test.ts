import { describe, expect, it } from 'vitest';
import { columnType, csvField, exportGraph, loadCsvStatement } from '../src/bench/load-csv.js';
import { Executor } from '../src/neo4j/executor.js';
import { tempDir } from './helpers/temp-dir.js';

describe('the LOAD CSV reference', () => {
  it('quotes every field so that LOAD CSV reads it back as written', () => {
    expect(csvField('Le "groupe"\nBolloré \\ Cie')).toBe('"Le ""groupe""\nBolloré \\\\ Cie"');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField(1861)).toBe('"1861"');
    expect(csvField(['a', 'b'])).toBe('"a\u001fb"');
    expect(csvField([])).toBe('"\u001e"');
  });

  it('carries each property with its type', () => {
    expect(columnType('foundedYear', ['INTEGER NOT NULL'])).toBe('INTEGER');
    expect(columnType('names', ['LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'])).toBe(
      'LIST',
    );
    expect(() => columnType('x', ['INTEGER NOT NULL', 'STRING NOT NULL'])).toThrow(
      'property x has types the CSV export cannot carry',
    );
  });

  it('creates nodes and relationships in transactions, converting each column', () => {
    expect(
      loadCsvStatement({
        file: 'f',
        rows: 1,
        columns: [
          { name: 'id', type: 'STRING' },
          { name: 'signedOn', type: 'DATE' },
        ],
        node: { label: 'Partnership' },
      }),
    ).toBe(
      'LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { CREATE (n:Partnership) SET n += {`id`: row.`id`, `signedOn`: date(row.`signedOn`)} } IN TRANSACTIONS OF 10000 ROWS',
    );
    expect(
      loadCsvStatement({
        file: 'f',
        rows: 1,
        columns: [{ name: 'articles', type: 'LIST' }],
        relationship: { type: 'ALIAS_OF', from: 'Alias', to: 'Company' },
      }),
    ).toContain(
      'MATCH (a:Alias {key: row._from}) MATCH (b:Company {id: row._to}) CREATE (a)-[r:ALIAS_OF]->(b)',
    );
  });

  it('names only labels, types and properties it knows', () => {
    const columns = [{ name: 'id', type: 'STRING' as const }];
    expect(() =>
      loadCsvStatement({ file: 'f', rows: 0, columns, node: { label: 'X) DETACH DELETE (n' } }),
    ).toThrow('not a label');
    expect(() =>
      loadCsvStatement({
        file: 'f',
        rows: 0,
        columns: [{ name: 'a`b', type: 'STRING' }],
        node: { label: 'Company' },
      }),
    ).toThrow('not a property name');
    expect(() =>
      loadCsvStatement({
        file: 'f',
        rows: 0,
        columns,
        relationship: { type: 'LIKES', from: 'Company', to: 'Company' },
      }),
    ).toThrow('not a relationship type');
  });

  it('names the step of the export that failed, with the server code', async () => {
    // No database: the export's first statement fails as a server refusing it would.
    const executor = Object.create(Executor.prototype) as Executor;
    executor.query = async () => {
      throw Object.assign(new Error('The memory pool limit was exceeded.'), {
        code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      });
    };
    await expect(exportGraph(executor, tempDir('export-error'))).rejects.toThrow(
      'CSV export, the property types of (n:Company): The memory pool limit was exceeded. (Neo.TransientError.General.MemoryPoolOutOfMemoryError)',
    );
  });
});
