import { createServer } from "node:net";

/**
 * A TCP port nobody listens on right now, chosen by the kernel. Fixed "random" ports in the
 * ephemeral range collide with outgoing connections now and then; asking the kernel does not.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
