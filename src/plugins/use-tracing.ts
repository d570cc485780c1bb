import { useOpenTelemetry } from '@envelop/opentelemetry';
import { SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Plugin } from 'graphql-yoga';
import type { TracingConfig } from '../config.js';
import type { StatementTracer } from '../neo4j/executor.js';

/**
 * Optional OpenTelemetry tracing, on when the standard OTEL_* variables name
 * an OTLP endpoint (config.ts): a span per GraphQL operation (envelop's
 * plugin) and one per Cypher statement (the executor's), exported over
 * OTLP/HTTP in batches. Off, nothing of it is loaded into the request path.
 */
export interface Tracing {
  /** The GraphQL plugin: a span per parse, validate and execute. */
  plugin: Plugin;
  /** What the executor traces statements with. */
  statements: StatementTracer;
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  /** Flushes, then stops exporting. */
  shutdown(): Promise<void>;
}

export function createTracing({ endpoint, serviceName }: TracingConfig): Tracing {
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
  });
  provider.addSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint })));
  // Registers the provider and the async context manager, so a statement's
  // span is a child of the operation it serves.
  provider.register();
  const tracer = provider.getTracer('accord');
  return {
    plugin: useOpenTelemetry(
      { resolvers: false, variables: false, result: false, document: true },
      provider,
      SpanKind.SERVER,
      {},
      serviceName,
    ) as Plugin,
    statements: statementTracer(tracer),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

function statementTracer(tracer: Tracer): StatementTracer {
  return (cypher, operation, run) =>
    tracer.startActiveSpan(
      'cypher',
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system': 'neo4j',
          'db.query.text': cypher,
          ...(operation ? { 'graphql.operation.name': operation } : {}),
        },
      },
      async (span) => {
        try {
          return await run();
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      },
    );
}
