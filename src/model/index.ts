// The schema shared by the build (scripts/) and the app (src/). The build writes the compact file
// with ./encode.ts (imported directly: the app never needs it).
export * from "./arxiv";
export * from "./compact";
export * from "./decode";
export * from "./graph-file";
export * from "./validate";
export * from "./validate-core";
