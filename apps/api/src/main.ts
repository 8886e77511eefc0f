import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './app.factory';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`SteadyWork API cannot start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  let app;
  try {
    app = await createApp(config);
  } catch (err) {
    const where =
      config.db.type === 'sqlite' ? config.db.database : config.db.url?.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
    console.error(`SteadyWork API cannot start: ${(err as Error).message}\n  (DB_URL → ${config.db.type} ${where})`);
    process.exit(1);
  }
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  console.log(`SteadyWork API on ${url}/api/v1 — OpenAPI ${url}/api/docs — database ${config.db.type}`);
  if (config.serveAdminDir) console.log(`Console: ${url}/admin/`);
  if (config.serveH5Dir) console.log(`H5 mini-program: ${url}/h5/`);
}

void bootstrap();
