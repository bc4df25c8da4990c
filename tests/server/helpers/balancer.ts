// A round-robin TCP load balancer on loopback, in front of several server processes, as a
// proxy would be (nginx, HAProxy): each connection goes to the next backend; one that refuses
// the connection (stopped, not yet restarted) is skipped for the next. A connection stays with
// its backend for its whole life, kept alive or not: what the backend does to it on stopping
// (503 + Connection: close, or closing it) is what the client sees.
import { connect, createServer, type Socket } from 'node:net';

export type Balancer = {
  url: string;
  /** Connections handed to each backend, by position in `ports`. */
  served: number[];
  close(): Promise<void>;
};

export async function startBalancer(ports: readonly number[]): Promise<Balancer> {
  let next = 0;
  const served = ports.map(() => 0);
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const server = createServer((client) => {
    track(client);
    client.pause(); // what arrives before a backend is chosen waits in the socket
    const tryBackend = (triesLeft: number) => {
      const index = next++ % ports.length;
      const backend = connect(ports[index]!, '127.0.0.1');
      backend.once('error', () => {
        backend.destroy();
        if (triesLeft > 1 && !client.destroyed) tryBackend(triesLeft - 1);
        else client.destroy();
      });
      backend.once('connect', () => {
        backend.removeAllListeners('error');
        track(backend);
        served[index]!++;
        // An end is passed on (pipe); a reset resets the other side too.
        client.pipe(backend);
        backend.pipe(client);
        backend.once('close', (hadError) => hadError && client.destroy());
        client.once('close', (hadError) => hadError && backend.destroy());
        client.resume();
      });
    };
    tryBackend(ports.length);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((closed) => {
        for (const socket of open) socket.destroy();
        server.close(() => closed());
      }),
  };
}
