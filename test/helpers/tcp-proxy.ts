import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server, which a test can cut, freeze and
 * restore: a way to take Neo4j away from the API (or make it hang) and give
 * it back without stopping it.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  // While frozen, bytes are held here in order, as a stopped process leaves them in its socket buffers.
  let held: (() => void)[] | undefined;

  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk: Buffer) => {
      const write = () => {
        if (!to.destroyed) to.write(chunk);
      };
      if (held) held.push(write);
      else write();
    });

  const open = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        forward(client, upstream);
        forward(upstream, client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server = listening;
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as { port: number }).port;
        resolve();
      });
    });

  const cut = async () => {
    held = undefined;
    const closed = new Promise<void>((resolve) => {
      if (server?.listening) server.close(() => resolve());
      else resolve();
    });
    for (const s of sockets) s.destroy();
    await closed;
  };

  await open();
  return {
    get port() {
      return port;
    },
    /** Drops every connection and refuses new ones, as a Neo4j that went down (kill -9). */
    cut,
    /** Accepts connections again, on the same port. */
    restore: open,
    /**
     * Keeps connections open and accepts new ones, but passes no byte either
     * way, as a Neo4j stopped by SIGSTOP: the kernel still accepts, nothing answers.
     */
    freeze: () => {
      held ??= [];
    },
    /** Delivers what was held, in order, and passes traffic again (SIGCONT). */
    thaw: () => {
      const writes = held ?? [];
      held = undefined;
      for (const write of writes) write();
    },
  };
}
