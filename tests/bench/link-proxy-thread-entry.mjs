// The link proxy thread's entry: a worker starts from JavaScript, then loads the TypeScript through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./link-proxy-thread.ts', import.meta.url);
