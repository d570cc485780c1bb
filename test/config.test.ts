import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.external).toBeUndefined();
    expect(config.neo4j.local).toMatchObject({ port: 7687, dir: '.neo4j' });
  });

  it.each(['bolt://db:7687', 'neo4j://cluster', 'neo4j+s://x.databases.neo4j.io'])(
    'takes %s',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'p' }).neo4j.external?.uri).toBe(uri);
    },
  );

  it('names every bad variable and its value at once', () => {
    const env = { NEO4J_URI: 'http://db', NEO4J_LOCAL_PORT: '70000', LOG_LEVEL: 'loud' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('NEO4J_URI="http://db"');
      expect(message).toContain('NEO4J_LOCAL_PORT="70000"');
      expect(message).toContain('LOG_LEVEL="loud"');
    }
  });

  it('reports a missing password together with the other problems', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL="loud".*\n {2}NEO4J_PASSWORD="": required when NEO4J_URI is set/,
    );
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /NEO4J_PASSWORD.*required when NEO4J_URI is set/,
    );
  });

  it('serves on localhost:4000 and loads seeds/ unless told otherwise', () => {
    expect(loadConfig({}).server).toEqual({ port: 4000, host: 'localhost', seedsDir: 'seeds' });
    expect(loadConfig({ PORT: '0', HOST: '0.0.0.0', LOAD_SEEDS: 'false' }).server).toEqual({
      port: 0,
      host: '0.0.0.0',
      seedsDir: undefined,
    });
  });

  it('names a bad PORT and LOAD_SEEDS', () => {
    expect(() => loadConfig({ PORT: 'http', LOAD_SEEDS: 'yes' })).toThrow(
      /PORT="http".*\n {2}LOAD_SEEDS="yes"/s,
    );
  });
});
