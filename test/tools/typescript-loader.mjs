// Lets Node 20 run the TypeScript files in examples/ directly: `node --import ./test/tools/typescript-loader.mjs examples/batch-rows.ts`.
// Types are stripped by the TypeScript compiler already in devDependencies; nothing is type-checked here
// (`npm run typecheck` does that).
import { register } from "node:module";

register("./typescript-hooks.mjs", import.meta.url);
