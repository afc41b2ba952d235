import { Arg, Authorized, Ctx, Extensions, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UPSTREAM_COST } from '../../edge/upstream-cost';
import { Webhook, WebhookDeliveryConnection } from '../../schema/webhooks/webhook.type';
import { DeleteWebhookInput, RegisterWebhookInput, UpdateWebhookInput } from '../../schema/webhooks/webhook.inputs';
import { DeleteWebhookPayload, RegisterWebhookPayload, UpdateWebhookPayload } from '../../schema/webhooks/webhook.payloads';
import type { ConnectionShape } from '../../schema/connection';
import { DEFAULT_PROVIDER } from '../../providers';
import { PaymentProvider } from '../../schema/enums';
import type { GraphQLContext } from '../../context';
import type { WebhookDeliveryRecord, WebhookRecord } from '../../domain/webhooks/model';
import { WEBHOOKS } from '../../domain/webhooks/port';
import { deleteWebhook, registerWebhook, updateWebhook, type DeleteWebhookResult, type WebhookResult } from '../../domain/webhooks/manage-webhooks';
import type { WebhookDeps } from '../../domain/webhooks/commands';
import { loaderKey } from '../../domain/loaders';
import { listConnection } from '../pagination';
import { useCaseDeps } from '../use-case-deps';
import { listPort } from '../list-port';

/** API-key scope of every webhook-management mutation (docs/security.md, Webhook registrations). */
const WEBHOOKS_SCOPE = 'webhooks';

/** The webhook use cases' dependencies: the usual ones and Paygraph's own endpoint (public URL, secrets). */
function webhookDeps(ctx: GraphQLContext): WebhookDeps {
  const { services } = ctx;
  return { ...useCaseDeps(ctx), endpoint: { publicUrl: () => services.publicUrl(), webhookSecrets: services.webhookSecrets } };
}

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized('read')
  // One list page (at most one webhook per event type: a handful).
  @Extensions({ [UPSTREAM_COST]: { perParent: 1, items: 10 } })
  @Query(() => [Webhook], { nullable: true, description: 'Webhooks registered at a provider (at most one per event type). Paygraph URLs are shown masked.' })
  async webhooks(@Ctx() ctx: GraphQLContext, @Arg('provider', () => PaymentProvider, { defaultValue: DEFAULT_PROVIDER }) provider: PaymentProvider): Promise<WebhookRecord[]> {
    const webhooks = await listPort(ctx, WEBHOOKS, provider, ['provider']).list();
    for (const webhook of webhooks) ctx.loaders.webhook.prime(loaderKey(webhook.provider, webhook.webhookId), webhook);
    return webhooks;
  }

  // A registration decides where payment notifications go: its own scope, never a default (issue 23).
  @Authorized(WEBHOOKS_SCOPE)
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => RegisterWebhookPayload, {
    description:
      'Registers a webhook at a provider. Without `url`, Paygraph registers its own URL (PUBLIC_URL, with a fresh secret) so the events reach its subscriptions. One webhook per event type. Needs the API-key scope `webhooks` (`read`/`write` alone get FORBIDDEN); every registration is written to the audit log.',
  })
  registerWebhook(@Arg('input', () => RegisterWebhookInput) input: RegisterWebhookInput, @Ctx() ctx: GraphQLContext): Promise<WebhookResult> {
    return registerWebhook(input, webhookDeps(ctx));
  }

  @Authorized(WEBHOOKS_SCOPE)
  // Read the current webhook, list them when the type changes (one per type), then the PUT.
  @Extensions({ [UPSTREAM_COST]: { perParent: 3 } })
  @Mutation(() => UpdateWebhookPayload, {
    description:
      "Changes a webhook's URL and/or event type; omitted fields keep their value. Paygraph's own registrations (URL `…/webhooks/<provider>/****`) keep their URL: a new `url` is `INVALID_STATE` on `input.url` with no provider write (delete it and register yours instead). Needs the API-key scope `webhooks`; every change and refusal is written to the audit log.",
  })
  updateWebhook(@Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput, @Ctx() ctx: GraphQLContext): Promise<WebhookResult> {
    return updateWebhook(input, webhookDeps(ctx));
  }

  @Authorized(WEBHOOKS_SCOPE)
  @Extensions({ [UPSTREAM_COST]: { perParent: 2 } })
  @Mutation(() => DeleteWebhookPayload, {
    description:
      "Deletes a webhook; a Paygraph URL stops accepting deliveries at once (its secret is revoked) and Paygraph's subscriptions stop getting its events (logged as a warning). Needs the API-key scope `webhooks`; every deletion is written to the audit log.",
  })
  deleteWebhook(@Arg('input', () => DeleteWebhookInput) input: DeleteWebhookInput, @Ctx() ctx: GraphQLContext): Promise<DeleteWebhookResult> {
    return deleteWebhook(input, webhookDeps(ctx));
  }

  @Extensions({ [UPSTREAM_COST]: { perParent: 1 } })
  @FieldResolver(() => WebhookDeliveryConnection, {
    description:
      "The provider's delivery attempts to this webhook, newest first (each retry is an attempt). One provider call per webhook; a provider has at most one webhook per type.",
  })
  async deliveries(
    @Root() webhook: WebhookRecord,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<WebhookDeliveryRecord>> {
    const provider = ctx.services.ports.get(WEBHOOKS, webhook.provider);
    return listConnection({ first, after }, ({ offset, limit }) => provider.deliveries({ webhookId: webhook.webhookId, offset, limit }));
  }
}
