import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a real server, which a test can cut and restore:
 * a way to take Neo4j away from the API and give it back without stopping it.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;

  const open = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
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
    const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
  };

  await open();
  return {
    get port() {
      return port;
    },
    /** Drops every connection and refuses new ones, as a Neo4j that went down. */
    cut,
    /** Accepts connections again, on the same port. */
    restore: open,
  };
}
