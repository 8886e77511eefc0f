import * as net from 'node:net';

/**
 * A TCP relay between the API and the database server that a test can break the way a network
 * or a server breaks: `freeze()` stops passing bytes (a server stopped with SIGSTOP, a dropped
 * route), `down()` cuts every connection and refuses new ones (a server stopped or restarting),
 * `restore()` brings it back. The database behind it is the real one.
 */
export class FaultProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private frozen = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<this> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      const pair: [net.Socket, net.Socket] = [client, upstream];
      this.pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      if (this.frozen) this.pause(pair);
      const drop = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
    return this;
  }

  /** Bytes stop flowing both ways; connections stay open. */
  freeze(): void {
    this.frozen = true;
    for (const pair of this.pairs) this.pause(pair);
  }

  /** Every connection is cut and new ones are refused. */
  async down(): Promise<void> {
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
    }
    this.pairs.clear();
    await this.stop();
  }

  /** Unfrozen, and listening again on the same port. */
  async restore(): Promise<void> {
    this.frozen = false;
    for (const [a, b] of this.pairs) {
      a.resume();
      b.resume();
    }
    if (!this.server) await this.start(this.port);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private pause([a, b]: [net.Socket, net.Socket]): void {
    a.pause();
    b.pause();
  }
}
