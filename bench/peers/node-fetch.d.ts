/** node-fetch 2 (RESTDataSource's default fetch, a dependency of @apollo/datasource-rest) ships no types. */
declare module 'node-fetch' {
  const fetch: (url: string, init?: Record<string, unknown>) => Promise<unknown>;
  export default fetch;
}
