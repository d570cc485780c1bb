import { evaluate } from './inspector.js';

/**
 * Where a child's resident memory is, read through its inspector: what
 * `process.memoryUsage()` and `v8.getHeapSpaceStatistics()` say, in MB. RSS
 * that is neither V8's committed heap nor external memory is "other": the
 * code of node and its libraries, thread stacks, and what malloc keeps.
 */
export interface MemoryBreakdown {
  rssMb: number;
  /** V8's heap, committed (what it holds from the system, used or not). */
  heapTotalMb: number;
  /** V8's heap, in use by live and not yet collected objects. */
  heapUsedMb: number;
  /** Memory of C++ objects tied to JS objects, array buffers included. */
  externalMb: number;
  /** Of external: ArrayBuffers and Buffers (sockets' and the driver's buffers). */
  arrayBuffersMb: number;
  /** rss − heapTotal − external: code, stacks, malloc's free lists and arenas. */
  otherMb: number;
  /** Each V8 space (new_space, old_space, code_space, large_object_space, …): committed and used. */
  spaces: Record<string, { committedMb: number; usedMb: number }>;
}

/** Runs in the child: one JSON value, so that the figures are taken at the same moment. */
const EXPRESSION = `({
  usage: process.memoryUsage(),
  spaces: process.getBuiltinModule('node:v8').getHeapSpaceStatistics()
    .map((s) => ({ name: s.space_name, committed: s.space_size, used: s.space_used_size })),
})`;

interface Raw {
  usage: NodeJS.MemoryUsage;
  spaces: { name: string; committed: number; used: number }[];
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The child's memory now (its inspector at `inspectorUrl`). */
export async function readMemoryBreakdown(inspectorUrl: string): Promise<MemoryBreakdown> {
  const { usage, spaces } = await evaluate<Raw>(inspectorUrl, EXPRESSION);
  return {
    rssMb: mb(usage.rss),
    heapTotalMb: mb(usage.heapTotal),
    heapUsedMb: mb(usage.heapUsed),
    externalMb: mb(usage.external),
    arrayBuffersMb: mb(usage.arrayBuffers),
    otherMb: mb(usage.rss - usage.heapTotal - usage.external),
    spaces: Object.fromEntries(
      spaces.map((s) => [s.name, { committedMb: mb(s.committed), usedMb: mb(s.used) }]),
    ),
  };
}
