import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';
import * as path from 'node:path';
import { Optional } from '../common/validation';

/** The repository root: relative paths in the configuration resolve against it. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

const DEV_JWT_SECRET = 'steadywork-development-secret-do-not-use-in-production';
/** Development and test only: a published key, so encrypted demo data survives restarts. */
const DEV_DATA_KEY = Buffer.from('steadywork-dev-data-key-32-bytes').toString('hex');

/**
 * Every environment variable the API reads, validated once at boot. Nothing else reads
 * `process.env`.
 */
export class EnvironmentVariables {
  /**
   * `development` or `test` turn on the development conveniences (published secrets, the `dev:`
   * WeChat login, demo data). Unset or any other value runs the production rules.
   */
  @Optional()
  @IsString()
  NODE_ENV?: string;

  /** Serve the OpenAPI document (/api/docs) in production too. Default: only outside production. */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  OPENAPI_ENABLED?: boolean;

  /** HTTP port. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** `sqlite:<file>` (relative to the repo root) or `mysql://user:pass@host:port/db`. */
  @IsString()
  DB_URL = 'sqlite:data/steadywork.sqlite';

  /** HMAC secret of access tokens; required in production (at least 32 characters). */
  @Optional()
  @IsString()
  JWT_SECRET?: string;

  /**
   * Key of the personal-data cipher (AES-256-GCM for ID and phone numbers): 32 bytes as 64 hex
   * characters or base64. Required in production; never change it without re-encrypting.
   */
  @Optional()
  @IsString()
  DATA_ENCRYPTION_KEY?: string;

  /**
   * The id of DATA_ENCRYPTION_KEY, written on every new ciphertext (`v2.<id>.…`). The first key's
   * id is `1` (ciphertexts written before key ids existed, `v1.…`, are under it). docs/operations.md
   * (Rotating the personal-data key).
   */
  @Optional()
  @Matches(/^[A-Za-z0-9_-]{1,16}$/, { message: 'letters, digits, _ or -, at most 16' })
  DATA_ENCRYPTION_KEY_ID = '1';

  /** Earlier personal-data keys, for reading what they encrypted: `<id>:<key>,<id>:<key>`. */
  @Optional()
  @IsString()
  DATA_ENCRYPTION_OLD_KEYS?: string;

  /**
   * The key of the lookup hashes (ID and phone numbers searched and kept unique without the
   * plaintext). Defaults to DATA_ENCRYPTION_KEY; it does not rotate with it, so once the data key
   * has been rotated set it to the first key (required while DATA_ENCRYPTION_OLD_KEYS is set).
   */
  @Optional()
  @IsString()
  DATA_LOOKUP_KEY?: string;

  /** WeChat mini-program credentials: with both set, login calls code2Session. */
  @Optional()
  @IsString()
  WECHAT_APPID?: string;

  @Optional()
  @IsString()
  WECHAT_SECRET?: string;

  /** Template of the subscribe message sent when an application changes (微信订阅消息模板 ID). */
  @Optional()
  @IsString()
  WECHAT_SUBSCRIBE_TEMPLATE_ID?: string;

  /** The WeChat API's address (a stand-in server in tests). */
  @IsString()
  WECHAT_API_BASE = 'https://api.weixin.qq.com';

  /**
   * Where SMS codes go: `log` writes them to the server log (development and tests; production
   * refuses it while registrations need codes); `tencent` sends them through Tencent Cloud SMS
   * (the TENCENT_SMS_* settings).
   */
  @IsIn(['log', 'tencent'])
  SMS_PROVIDER: 'log' | 'tencent' = 'log';

  /** Tencent Cloud API key (SecretId / SecretKey) allowed to call 短信 SendSms. */
  @Optional()
  @IsString()
  TENCENT_SMS_SECRET_ID?: string;

  @Optional()
  @IsString()
  TENCENT_SMS_SECRET_KEY?: string;

  /** The SMS application (SmsSdkAppId), the approved signature and the code template (one parameter: the code). */
  @Optional()
  @IsString()
  TENCENT_SMS_SDK_APP_ID?: string;

  @Optional()
  @IsString()
  TENCENT_SMS_SIGN_NAME?: string;

  @Optional()
  @IsString()
  TENCENT_SMS_TEMPLATE_ID?: string;

  @IsString()
  TENCENT_SMS_REGION = 'ap-guangzhou';

  /** The gateway's address when not the public one (`https://sms.tencentcloudapi.com`): a private endpoint, or a stand-in server in tests. */
  @Optional()
  @IsString()
  TENCENT_SMS_ENDPOINT?: string;

  /**
   * Which first registrations in the mini-program wait for an SMS code: `every` (default), so
   * that the answer never tells whether an ID number is on file; `claims` only those whose ID
   * number staff registered already (a deployment without an SMS gateway yet: a new ID number
   * then registers in one call, and the different answer tells a prober the other is on file).
   */
  @IsIn(['claims', 'every'])
  REGISTRATION_PHONE_CHECK: 'claims' | 'every' = 'every';

  /** Where uploaded files are kept: `local` (FILE_STORAGE_DIR, default) or `s3` (an S3-compatible store). */
  @IsIn(['local', 's3'])
  FILE_STORE: 'local' | 's3' = 'local';

  /** Where uploaded files are kept with FILE_STORE=local (relative to the repo root). */
  @IsString()
  FILE_STORAGE_DIR = 'data/uploads';

  /**
   * The object store's address, e.g. `http://minio:9000` or `https://oss-cn-hangzhou.aliyuncs.com`;
   * leave it unset for AWS S3.
   */
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Bucket and credentials: required with FILE_STORE=s3. */
  @Optional()
  @IsString()
  S3_BUCKET?: string;

  @Optional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Optional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /**
   * Address buckets as `endpoint/bucket` rather than `bucket.endpoint` (MinIO needs it; OSS and COS
   * want it off). Default: on when S3_ENDPOINT is set.
   */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  S3_FORCE_PATH_STYLE?: boolean;

  /** A folder in the bucket for the objects, e.g. `steadywork/uploads`. */
  @Optional()
  @IsString()
  S3_KEY_PREFIX?: string;

  /** Folders of the built console and H5 mini-program to serve at /admin/ and /h5/. */
  @Optional()
  @IsString()
  SERVE_ADMIN_DIR?: string;

  @Optional()
  @IsString()
  SERVE_H5_DIR?: string;

  /** Apply the demo data at start (never in production). Default: on outside production. */
  @Optional()
  @Transform(({ value }) => (value === undefined ? value : value === 'true' || value === true))
  @IsBoolean()
  SEED_DEMO?: boolean;

  /**
   * With the demo data, also generate the demo province once per database (about 3,000 workers
   * with archives and follow-ups, and a class of the demo trainer in progress). `npm start` sets it;
   * the test suites leave it off. Refused in production.
   */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  DEMO_PROVINCE?: boolean;

  /** How long to wait for a database connection before the request answers 503 (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS = 5000;

  /**
   * The longest one query may run before it is abandoned (ms; MySQL/MariaDB) — a frozen server
   * then gives 503s, not hung requests. Migrations at start-up are not limited.
   */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  DB_QUERY_TIMEOUT_MS = 20_000;

  /** SQLite: how long a writer waits for the one write lock before giving up (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  DB_BUSY_TIMEOUT_MS = 5000;

  /** The longest a request may take before it answers 503 with Retry-After (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(100)
  REQUEST_TIMEOUT_MS = 30_000;

  /** /health/ready answers 503 when the database does not answer within this (ms). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(50)
  READY_TIMEOUT_MS = 2000;

  /** Login requests allowed per IP per minute. */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 30;

  /** pino level. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Development and test only: shifts the API's clock by this many milliseconds from the wall
   * clock (the browser tests run the API at the instant they pick). Refused in production.
   */
  @Optional()
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  CLOCK_OFFSET_MS?: number;

  /**
   * Development and test only: `false` turns the idle timeout of staff sign-ins off (the API
   * suites move the clock by days while holding a token; the suite of the idle timeout turns it
   * on). Refused in production, where the security policy's `idleTimeoutMinutes` always applies.
   */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  SESSION_IDLE_TIMEOUT?: boolean;

  /**
   * Start the scheduled jobs on their schedules (docs/operations.md). Default: on, except under
   * NODE_ENV=test, where the tests run each job by hand. A programme admin can run a job from the
   * console either way.
   */
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  SCHEDULER_ENABLED?: boolean;

  /** Number of proxy hops to trust for the client IP (behind a load balancer). */
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(0)
  TRUST_PROXY_HOPS = 0;
}

export interface DatabaseSettings {
  type: 'sqlite' | 'mysql';
  /** sqlite: absolute file path or ':memory:'; mysql: the URL. */
  database: string;
  url?: string;
  /** Bounded waits (ms): DB_CONNECT_TIMEOUT_MS, DB_QUERY_TIMEOUT_MS, DB_BUSY_TIMEOUT_MS. */
  connectTimeoutMs?: number;
  queryTimeoutMs?: number;
  busyTimeoutMs?: number;
}

export interface TencentSmsSettings {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  region: string;
  /** null: the public gateway. */
  endpoint: string | null;
}

export interface S3Settings {
  /** null: AWS S3 itself. */
  endpoint: string | null;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** Without leading or trailing slashes; '' for none. */
  keyPrefix: string;
}

export interface AppConfig {
  /** `production` whenever NODE_ENV is neither `development` nor `test`. */
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  /** Serve /api/docs. */
  openApiEnabled: boolean;
  port: number;
  db: DatabaseSettings;
  /** REQUEST_TIMEOUT_MS and READY_TIMEOUT_MS. */
  requestTimeoutMs: number;
  readyTimeoutMs: number;
  jwtSecret: string;
  /** 32 bytes: the current personal-data key, which encrypts. */
  dataKey: Buffer;
  /** Its id, written on each ciphertext. */
  dataKeyId: string;
  /** Earlier keys by id, which only decrypt. */
  oldDataKeys: Map<string, Buffer>;
  /** 32 bytes: the key of the lookup hashes (the first data key). */
  lookupKey: Buffer;
  wechat: { appId: string; secret: string; apiBase: string; subscribeTemplateId: string | null } | null;
  fileStore: EnvironmentVariables['FILE_STORE'];
  fileStorageDir: string;
  /** Set when fileStore is 's3'. */
  s3: S3Settings | null;
  serveAdminDir: string | null;
  serveH5Dir: string | null;
  seedDemo: boolean;
  /** Generate the demo province after the demo data (never in production). */
  demoProvince: boolean;
  loginRateLimit: number;
  sms: { provider: EnvironmentVariables['SMS_PROVIDER']; tencent: TencentSmsSettings | null };
  registrationPhoneCheck: EnvironmentVariables['REGISTRATION_PHONE_CHECK'];
  logLevel: string;
  trustProxyHops: number;
  /** Milliseconds the clock runs ahead of (or behind) the wall clock; 0 in production. */
  clockOffsetMs: number;
  /** Staff sign-ins end after the policy's idle time; always in production. */
  sessionIdleTimeout: boolean;
  /** Start the scheduled jobs on their cron schedules (off in tests: they run jobs by hand). */
  schedulerEnabled: boolean;
}

export class ConfigError extends Error {}

export function parseDbUrl(url: string): DatabaseSettings {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new ConfigError(`DB_URL "${url}": sqlite: needs a file path, e.g. sqlite:data/steadywork.sqlite`);
    return { type: 'sqlite', database: file === ':memory:' ? file : path.resolve(REPO_ROOT, file) };
  }
  if (/^(mysql|mariadb):\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`DB_URL "${redact(url)}" is not a valid URL`);
    }
    const db = parsed.pathname.replace(/^\//, '');
    if (!parsed.hostname || !db) {
      throw new ConfigError(
        `DB_URL "${redact(url)}" must name a host and a database: mysql://user:pass@host:3306/steadywork`,
      );
    }
    return { type: 'mysql', database: db, url: url.replace(/^mariadb:/, 'mysql:') };
  }
  throw new ConfigError(
    `DB_URL "${redact(url)}" is not supported: use sqlite:<file> or mysql://user:pass@host:port/db`,
  );
}

function parseKey(text: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) {
    throw new ConfigError('DATA_ENCRYPTION_KEY must be 32 bytes: 64 hex characters or base64 of 32 bytes');
  }
  return key;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new EnvironmentVariables())) {
    if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  }
  for (const key of [
    'NODE_ENV',
    'OPENAPI_ENABLED',
    'JWT_SECRET',
    'DATA_ENCRYPTION_KEY',
    'DATA_ENCRYPTION_KEY_ID',
    'DATA_ENCRYPTION_OLD_KEYS',
    'DATA_LOOKUP_KEY',
    'WECHAT_APPID',
    'WECHAT_SECRET',
    'WECHAT_SUBSCRIBE_TEMPLATE_ID',
    'SERVE_ADMIN_DIR',
    'SERVE_H5_DIR',
    'SEED_DEMO',
    'DEMO_PROVINCE',
    'S3_ENDPOINT',
    'S3_BUCKET',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
    'S3_FORCE_PATH_STYLE',
    'S3_KEY_PREFIX',
    'CLOCK_OFFSET_MS',
    'SESSION_IDLE_TIMEOUT',
    'SCHEDULER_ENABLED',
  ]) {
    if (env[key] !== undefined && env[key] !== '') raw[key] = env[key];
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { whitelist: true });
  if (errors.length) {
    const lines = errors.map(
      (e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  // Safe by default: only an explicit development or test environment relaxes the rules.
  const mode = vars.NODE_ENV === 'development' || vars.NODE_ENV === 'test' ? vars.NODE_ENV : 'production';
  const isProduction = mode === 'production';
  const db = parseDbUrl(vars.DB_URL);
  if (isProduction) {
    // Name every missing production secret at once.
    const missing: string[] = [];
    if (!vars.JWT_SECRET || vars.JWT_SECRET.length < 32) missing.push('JWT_SECRET (at least 32 characters)');
    if (!vars.DATA_ENCRYPTION_KEY) missing.push('DATA_ENCRYPTION_KEY (32 bytes as 64 hex characters or base64)');
    if (!vars.WECHAT_APPID || !vars.WECHAT_SECRET) {
      missing.push('WECHAT_APPID and WECHAT_SECRET (the development login provider is off in production)');
    }
    if (vars.SMS_PROVIDER === 'log' && vars.REGISTRATION_PHONE_CHECK === 'every') {
      missing.push(
        'SMS_PROVIDER=tencent with its TENCENT_SMS_* settings (registrations wait for an SMS code), ' +
          'or REGISTRATION_PHONE_CHECK=claims',
      );
    }
    if (missing.length) {
      throw new ConfigError(
        `Required in production: ${missing.join('; ')} (NODE_ENV=${vars.NODE_ENV ?? '(unset)'} runs the ` +
          'production rules; set NODE_ENV=development or test for the development defaults)',
      );
    }
    if (vars.CLOCK_OFFSET_MS)
      throw new ConfigError('CLOCK_OFFSET_MS is for development and tests: production runs on the wall clock');
    if (vars.SESSION_IDLE_TIMEOUT === false)
      throw new ConfigError('SESSION_IDLE_TIMEOUT=false is for development and tests: production ends idle sign-ins');
    if (vars.DEMO_PROVINCE)
      throw new ConfigError('DEMO_PROVINCE is for development: production never holds generated people');
  }
  if (Boolean(vars.WECHAT_APPID) !== Boolean(vars.WECHAT_SECRET)) {
    throw new ConfigError('WECHAT_APPID and WECHAT_SECRET must be set together');
  }
  let tencentSms: TencentSmsSettings | null = null;
  if (vars.SMS_PROVIDER === 'tencent') {
    const keys = [
      'TENCENT_SMS_SECRET_ID',
      'TENCENT_SMS_SECRET_KEY',
      'TENCENT_SMS_SDK_APP_ID',
      'TENCENT_SMS_SIGN_NAME',
      'TENCENT_SMS_TEMPLATE_ID',
    ] as const;
    const missing = keys.filter((key) => !vars[key]);
    if (missing.length) throw new ConfigError(`Required with SMS_PROVIDER=tencent: ${missing.join(', ')}`);
    tencentSms = {
      secretId: vars.TENCENT_SMS_SECRET_ID!,
      secretKey: vars.TENCENT_SMS_SECRET_KEY!,
      sdkAppId: vars.TENCENT_SMS_SDK_APP_ID!,
      signName: vars.TENCENT_SMS_SIGN_NAME!,
      templateId: vars.TENCENT_SMS_TEMPLATE_ID!,
      region: vars.TENCENT_SMS_REGION,
      endpoint: vars.TENCENT_SMS_ENDPOINT ?? null,
    };
  }
  const dataKey = parseKey(vars.DATA_ENCRYPTION_KEY ?? DEV_DATA_KEY);
  const oldDataKeys = new Map<string, Buffer>();
  for (const entry of (vars.DATA_ENCRYPTION_OLD_KEYS ?? '').split(',').filter((e) => e.trim())) {
    const [id, key] = [entry.slice(0, entry.indexOf(':')).trim(), entry.slice(entry.indexOf(':') + 1).trim()];
    if (!/^[A-Za-z0-9_-]{1,16}$/.test(id) || entry.indexOf(':') < 0) {
      throw new ConfigError('DATA_ENCRYPTION_OLD_KEYS must be <id>:<key>,<id>:<key> (ids of letters, digits, _ or -)');
    }
    if (id === vars.DATA_ENCRYPTION_KEY_ID) {
      throw new ConfigError(`DATA_ENCRYPTION_OLD_KEYS names key ${id}, the id of DATA_ENCRYPTION_KEY`);
    }
    oldDataKeys.set(id, parseKey(key));
  }
  if (oldDataKeys.size && !vars.DATA_LOOKUP_KEY) {
    throw new ConfigError(
      'DATA_LOOKUP_KEY is required with DATA_ENCRYPTION_OLD_KEYS: the lookup hashes stay under the first key',
    );
  }
  const lookupKey = vars.DATA_LOOKUP_KEY ? parseKey(vars.DATA_LOOKUP_KEY) : dataKey;
  let s3: S3Settings | null = null;
  if (vars.FILE_STORE === 's3') {
    const missing = (['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((key) => !vars[key]);
    if (missing.length) throw new ConfigError(`Required with FILE_STORE=s3: ${missing.join(', ')}`);
    s3 = {
      endpoint: vars.S3_ENDPOINT ?? null,
      region: vars.S3_REGION,
      bucket: vars.S3_BUCKET!,
      accessKeyId: vars.S3_ACCESS_KEY_ID!,
      secretAccessKey: vars.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: vars.S3_FORCE_PATH_STYLE ?? Boolean(vars.S3_ENDPOINT),
      keyPrefix: (vars.S3_KEY_PREFIX ?? '').replace(/^\/+|\/+$/g, ''),
    };
  }
  return {
    env: mode,
    isProduction,
    openApiEnabled: vars.OPENAPI_ENABLED ?? !isProduction,
    port: vars.PORT,
    db: {
      ...db,
      connectTimeoutMs: vars.DB_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: vars.DB_QUERY_TIMEOUT_MS,
      busyTimeoutMs: vars.DB_BUSY_TIMEOUT_MS,
    },
    requestTimeoutMs: vars.REQUEST_TIMEOUT_MS,
    readyTimeoutMs: vars.READY_TIMEOUT_MS,
    jwtSecret: vars.JWT_SECRET ?? DEV_JWT_SECRET,
    dataKey,
    dataKeyId: vars.DATA_ENCRYPTION_KEY_ID,
    oldDataKeys,
    lookupKey,
    wechat: vars.WECHAT_APPID
      ? {
          appId: vars.WECHAT_APPID,
          secret: vars.WECHAT_SECRET!,
          apiBase: vars.WECHAT_API_BASE.replace(/\/$/, ''),
          subscribeTemplateId: vars.WECHAT_SUBSCRIBE_TEMPLATE_ID ?? null,
        }
      : null,
    fileStore: vars.FILE_STORE,
    fileStorageDir: path.resolve(REPO_ROOT, vars.FILE_STORAGE_DIR),
    s3,
    serveAdminDir: vars.SERVE_ADMIN_DIR ? path.resolve(REPO_ROOT, vars.SERVE_ADMIN_DIR) : null,
    serveH5Dir: vars.SERVE_H5_DIR ? path.resolve(REPO_ROOT, vars.SERVE_H5_DIR) : null,
    seedDemo: !isProduction && (vars.SEED_DEMO ?? true),
    demoProvince: !isProduction && (vars.SEED_DEMO ?? true) && (vars.DEMO_PROVINCE ?? false),
    loginRateLimit: vars.LOGIN_RATE_LIMIT,
    sms: { provider: vars.SMS_PROVIDER, tencent: tencentSms },
    registrationPhoneCheck: vars.REGISTRATION_PHONE_CHECK,
    logLevel: vars.LOG_LEVEL,
    trustProxyHops: vars.TRUST_PROXY_HOPS,
    clockOffsetMs: vars.CLOCK_OFFSET_MS ?? 0,
    sessionIdleTimeout: vars.SESSION_IDLE_TIMEOUT ?? true,
    schedulerEnabled: vars.SCHEDULER_ENABLED ?? mode !== 'test',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
