import { NotSupportedError } from '../errors/domain-errors';
import { providerInfo, type ProviderCode } from '../providers';

/**
 * A typed name for one capability a provider may offer ("create Pix charges", "refund Pix charges").
 * Each family declares its keys next to the port interface (domain/<family>/port.ts); a provider
 * offers a capability by binding an implementation to the key in its own index. There is no other
 * capability flag: what a provider does not bind, it does not support.
 */
export interface PortKey<T> {
  /** Stable name, unique across families (`pixCharges`, `pixRefunds`…). */
  readonly name: string;
  /** What the capability lets a client do, for the NOT_SUPPORTED message ("refund Pix charges"). */
  readonly does: string;
  /** Type carrier only; never set. */
  readonly port?: T;
}

export function portKey<T>(name: string, does: string): PortKey<T> {
  return Object.freeze({ name, does });
}

/** One capability of one provider: the key and the object implementing it. */
export interface PortBinding {
  readonly key: PortKey<unknown>;
  readonly port: unknown;
}

export function bind<T>(key: PortKey<T>, port: T): PortBinding {
  return { key, port };
}

/** The capabilities of one configured provider, as its datasource index declares them. */
export interface ProviderPorts {
  readonly provider: ProviderCode;
  readonly bindings: readonly PortBinding[];
}

/**
 * (provider, capability) → the port implementing it, or NOT_SUPPORTED. Built once at start-up from
 * the configured providers; shared by every request.
 */
export class PortRegistry {
  private readonly ports = new Map<string, unknown>();
  private readonly configured = new Set<ProviderCode>();

  constructor(providers: readonly ProviderPorts[]) {
    for (const { provider, bindings } of providers) {
      this.configured.add(provider);
      for (const { key, port } of bindings) {
        const id = slot(key, provider);
        if (this.ports.has(id)) throw new Error(`${provider} binds ${key.name} twice`);
        this.ports.set(id, port);
      }
    }
  }

  /** The port, or NotSupportedError (NOT_SUPPORTED) naming the provider and what it cannot do. */
  get<T>(key: PortKey<T>, provider: ProviderCode): T {
    const port = this.find(key, provider);
    if (port !== undefined) return port;
    if (!this.configured.has(provider)) throw new NotSupportedError(`Provider ${provider} is not configured on this server.`, { provider });
    throw new NotSupportedError(`${providerInfo(provider).displayName} cannot ${key.does}.`, { provider });
  }

  /** The port, or undefined: for callers that have a cheaper answer than an error (e.g. "no refunds"). */
  find<T>(key: PortKey<T>, provider: ProviderCode): T | undefined {
    return this.ports.get(slot(key, provider)) as T | undefined;
  }

  /** Configured providers that offer the capability. */
  providersWith(key: PortKey<unknown>): ProviderCode[] {
    return [...this.configured].filter((provider) => this.ports.has(slot(key, provider)));
  }
}

function slot(key: PortKey<unknown>, provider: ProviderCode): string {
  return `${key.name}\u0000${provider}`;
}
