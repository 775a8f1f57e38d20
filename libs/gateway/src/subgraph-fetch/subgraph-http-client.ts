import { Agent } from 'undici';

/** What a subgraph answered: status, the headers the gateway reads, and the body as text. */
export interface SubgraphHttpResponse {
  status: number;
  headers: ReadonlyMap<string, string>;
  body: string;
}

export interface SubgraphHttpClientOptions {
  /** Bounds waiting for the answer's headers and each gap in its body (undici's own timers). */
  timeoutMs: number;
  /** Open connections per subgraph at most; they are kept alive between calls. */
  connections?: number;
}

/**
 * Calls subgraphs over keep-alive connections (one undici Agent for all of them). A slow
 * subgraph is cut off by the client's `headersTimeout`/`bodyTimeout`, not by a timer and an
 * AbortSignal per call. Identical anonymous calls in flight at once (same URL, same body, no
 * token) share one request: each caller parses its own copy of the answer.
 */
export class SubgraphHttpClient {
  private readonly agent: Agent;
  private readonly inFlight = new Map<string, Promise<SubgraphHttpResponse>>();

  constructor(options: SubgraphHttpClientOptions) {
    this.agent = new Agent({
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 60_000,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connections: options.connections ?? 64,
    });
  }

  /** POSTs `body` (JSON) to `url`. `shareable` calls (anonymous reads) merge with identical ones in flight. */
  post(url: string, headers: Record<string, string>, body: string, shareable: boolean): Promise<SubgraphHttpResponse> {
    if (!shareable) return this.send(url, headers, body);
    const key = `${url}\n${body}`;
    const running = this.inFlight.get(key);
    if (running) return running;
    const call = this.send(url, headers, body).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }

  /** Calls in flight that later identical calls join (for tests). */
  get sharedCallsInFlight(): number {
    return this.inFlight.size;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async send(url: string, headers: Record<string, string>, body: string): Promise<SubgraphHttpResponse> {
    const response = await this.agent.request({ origin: new URL(url).origin, path: new URL(url).pathname, method: 'POST', headers, body });
    const text = await response.body.text();
    const received = new Map<string, string>();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) received.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
    return { status: response.statusCode, headers: received, body: text };
  }
}
