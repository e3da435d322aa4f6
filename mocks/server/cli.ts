import { startMockHttpServer } from './http';

/** `npm run mock:server [-- --shape g1|g2] [-- --seed demo|scale]`: the mock OpenCTI on 127.0.0.1:$PORT. */
function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

const DEFAULT_TOKEN = 'demo-token';
const shapeFlag = flag('shape') ?? 'g2';
const seedFlag = flag('seed') ?? 'demo';
if (shapeFlag !== 'g1' && shapeFlag !== 'g2')
  throw new Error(`--shape must be g1 or g2 (got ${shapeFlag})`);
if (seedFlag !== 'demo' && seedFlag !== 'scale')
  throw new Error(`--seed must be demo or scale (got ${seedFlag})`);
const port = Number(process.env.PORT ?? 4000);
const token = process.env.OPENCTI_TOKEN || DEFAULT_TOKEN;
const readonlyToken = process.env.OPENCTI_READONLY_TOKEN || undefined;

const server = await startMockHttpServer({
  port,
  host: '127.0.0.1',
  token,
  readonlyToken,
  shape: shapeFlag,
  seed: seedFlag,
});
const tokenNote = process.env.OPENCTI_TOKEN
  ? 'token from OPENCTI_TOKEN'
  : `OPENCTI_TOKEN not set, using the default token "${DEFAULT_TOKEN}"`;
console.log(
  `Mock OpenCTI (${shapeFlag}, ${seedFlag} seed) on ${server.graphqlUrl} — ${tokenNote}${readonlyToken ? ', read-only token from OPENCTI_READONLY_TOKEN' : ''}`,
);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
