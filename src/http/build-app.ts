import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { FlowDeps } from '../flows/flow-deps.js';
import { authenticate } from './auth/authenticate.js';
import { createQuotaGate } from './auth/quota-gate.js';
import { BeianError } from '../domain/errors/beian-error.js';
import { installDemoBanner } from './demo-mode.js';
import { installErrorHandling } from './error-handler.js';
import { answerFrameworkError, clientErrorAnswerer, maxPathSegmentLength, refuseLongPathSegments } from './framework-errors.js';
import { docsDirectives, policyText, registerSecurityHeaders } from './security-headers.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import './request-context.js';
import { SigningKeyring, signingKeyPath } from '../credentials/signing-keyring.js';
import { accountRoutes } from './routes/account-routes.js';
import { apiKeyRoutes } from './routes/api-key-routes.js';
import { appInfoRoutes } from './routes/app-info-routes.js';
import { applicationRoutes } from './routes/application-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { codeTableRoutes } from './routes/code-table-routes.js';
import { regionTableRoutes } from './routes/region-table-routes.js';
import { credentialRoutes } from './routes/credential-routes.js';
import { devInboxRoutes } from './routes/dev-inbox-routes.js';
import { feedRoutes } from './routes/feed-routes.js';
import { webhookRoutes } from './routes/webhook-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { importRoutes } from './routes/import-routes.js';
import { materialRoutes } from './routes/material-routes.js';
import { metaRoutes } from './routes/meta-routes.js';
import { partyRoutes } from './routes/party-routes.js';
import { precheckRoutes } from './routes/precheck-routes.js';
import { publicFilingRoutes } from './routes/public-filing-routes.js';
import { publicPageRoutes } from './routes/public-page-routes.js';
import { registryLookupRoutes } from './routes/registry-lookup-routes.js';
import { registryCheckRoutes } from './routes/registry-check-routes.js';
import { registryReportRoutes } from './routes/registry-report-routes.js';
import { returnReasonRoutes } from './routes/return-reason-routes.js';
import { smsRoutes } from './routes/sms-routes.js';
import { statisticsRoutes } from './routes/statistics-routes.js';
import { subjectRoutes } from './routes/subject-routes.js';
import { verifyPageRoutes } from './pages/verify-page-routes.js';
import { webAppRoutes } from './routes/web-app-routes.js';
import { consoleListRoutes } from './routes/console-list-routes.js';
import { packageFactRoutes } from './routes/package-fact-routes.js';
import { recordPackageRead } from '../store/package-reads.js';
import { LookupAnswerCache } from './lookup-answer-cache.js';
import { registryCacheMaxAgeMs } from './routes/registry-cache.js';

/**
 * The HTTP application, ready to `listen` or to `inject` in tests. `logStream` sends the log somewhere other than
 * standard output (tests read it back).
 */
export async function buildApp(deps: FlowDeps, config: Config, options: { logStream?: { write(line: string): void } } = {}): Promise<FastifyInstance> {
  const https = config.publicUrl.startsWith('https://');
  const app: FastifyInstance = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Personal data never reaches the logs: no bodies, no cookies, no API keys; errors by code and route only.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', 'res.headers["set-cookie"]'],
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: config.trustProxy,
    // A path parameter longer than this is answered 414 URI_TOO_LONG (application ids are 36 characters).
    routerOptions: { maxParamLength: maxPathSegmentLength },
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: clientErrorAnswerer(() => app.log),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  registerSecurityHeaders(app, { https });
  app.addHook('onRequest', refuseLongPathSegments);
  if (config.demo) installDemoBanner(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Beian API',
        version: '1',
        description: 'APP filing (APP备案) under MIIT notice 工信部信管〔2023〕105号. Errors are `{ error: { code, message: { zh, en }, path } }`; writes accept an `Idempotency-Key` header.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'beian_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: policyText(docsDirectives, https) });
  await app.register(cookie);
  // Only the routes that guess at secrets (sign-in, SMS codes) are limited, per client address. On PostgreSQL the
  // counters live in the database, so a limit holds across every server process; PGlite is one process.
  await app.register(rateLimit, {
    global: false,
    ...(config.databaseUrl ? { store: databaseRateLimitStore(deps.db) } : {}),
    errorResponseBuilder: (_request, context) =>
      new BeianError('RATE_LIMITED', { details: { retryAfterSeconds: Math.ceil(context.ttl / 1000), limit: context.max } }),
  });

  app.decorateRequest('principal', null);
  app.decorate('quotaGate', createQuotaGate(deps.db, config.quotas));
  // Counts still in memory reach the database on close; a database already closed loses them (they are approximate).
  app.addHook('onClose', async () => app.quotaGate.close().catch(() => undefined));
  app.addHook('onRequest', async (request, reply) => {
    request.principal = await authenticate(deps.db, request, deps.now());
    // Every request made with an API key counts against the key's requests per minute.
    await app.quotaGate.countKeyRequest(request, reply);
  });

  const lookupAnswers = new LookupAnswerCache(deps.db, { ttlMs: registryCacheMaxAgeMs });
  app.addHook('onClose', () => lookupAnswers.close());
  // A write answered here may have changed filings: lookups read the change feed before answering from memory again.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') lookupAnswers.noteWrite();
    done(null, payload);
  });

  await app.register(healthRoutes, { deps });
  await app.register(verifyPageRoutes, { deps, config });
  await app.register(
    async (api) => {
      await api.register(metaRoutes, { demo: config.demo });
      await api.register(authRoutes, { deps, config });
      await api.register(accountRoutes, { deps });
      await api.register(apiKeyRoutes, { deps, config });
      await api.register(applicationRoutes, { deps, config });
      await api.register(smsRoutes, { deps, config });
      await api.register(subjectRoutes, { deps, config });
      await api.register(publicFilingRoutes, { deps, answers: lookupAnswers });
      await api.register(feedRoutes, { deps });
      await api.register(webhookRoutes, { deps });
      await api.register(partyRoutes, { deps });
      await api.register(returnReasonRoutes);
      await api.register(codeTableRoutes);
      await api.register(regionTableRoutes);
      await api.register(consoleListRoutes, { deps });
      await api.register(packageFactRoutes, { deps });
      await api.register(precheckRoutes, { deps });
      await api.register(calendarRoutes, { deps });
      await api.register(importRoutes, { deps });
      await api.register(materialRoutes, { deps, maxBytes: config.materialMaxBytes });
      await api.register(appInfoRoutes, {
        maxBytes: config.appInfoMaxBytes,
        anonymousMaxBytes: config.appInfo.anonymousMaxBytes,
        perHour: { signedIn: config.appInfo.perHour, anonymous: config.appInfo.anonymousPerHour },
        tmpDir: config.uploads.tmpDir,
        onRead: (request, info) => recordPackageRead(deps.db, request.principal?.actor.userId ?? null, info, deps.now()),
        minFreeBytes: config.uploads.minFreeBytes,
      });
      await api.register(statisticsRoutes, { deps });
      await api.register(registryLookupRoutes, { deps });
      await api.register(registryCheckRoutes, { deps });
      await api.register(registryReportRoutes, { deps });
    },
    { prefix: '/api/v1' },
  );
  if (config.demo) await app.register(devInboxRoutes, { deps });
  await app.register(credentialRoutes, { deps, config, keyring: new SigningKeyring(signingKeyPath({ signingKeyFile: config.credentials.signingKeyFile, dataDir: config.dataDir })) });
  await app.register(publicPageRoutes, { deps, publicUrl: config.publicUrl });
  await app.register(webAppRoutes);
  return app;
}
