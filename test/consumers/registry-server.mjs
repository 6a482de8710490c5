// A Verdaccio on a free loopback port, run in its own process by registry.ts.
// argv: the folder Verdaccio is installed in, and the config file. Prints `listening <port>` when ready.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [installDir, configPath] = process.argv.slice(2);
const { runServer } = createRequire(join(installDir, 'package.json'))('verdaccio');

const app = await runServer(configPath);
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
