import type { Express } from 'express';
import type { Config } from './config';

/** GraphiQL is wired in by the frontend-experience work (src/graphiql); until then, nothing is mounted. */
export function mountGraphiql(_app: Express, _config: Config, _graphqlPath: string): void {}
