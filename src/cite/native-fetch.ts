// Stands in for node-fetch in the browser build (see vite.config.ts). citation-js 0.8 imports
// node-fetch, a Node module that cannot run in a browser (citation-js/citation-js#278); in a browser
// it calls the global fetch anyway, so node-fetch's exports are the browser's own, as citation-js
// 0.9 does. The app never asks citation-js to fetch anything.
const nativeFetch: typeof fetch = (...args) => fetch(...args);

export default nativeFetch;
export const Headers = globalThis.Headers;
