/** Preferred ports for the demo, or a free one when taken (said in one line). */
import { createServer } from 'node:net';
import { freePort } from '../support/anvil';

export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export async function pickPort(preferred: number | undefined, what: string, say: (line: string) => void): Promise<number> {
  if (preferred === undefined || preferred === 0) return freePort();
  if (await isFree(preferred)) return preferred;
  const port = await freePort();
  say(`Port ${preferred} is busy (another ${what}?): using ${port} instead.`);
  return port;
}
